import { randomBytes } from "node:crypto"
import { secretProblem, tokenSecret } from "./secrets"

const strong = randomBytes(32).toString("hex")
const production = (value?: string) => ({ NODE_ENV: "production", JWT_SECRET: value })
const development = (value?: string) => ({ NODE_ENV: "development", COOKIE_SECRET: value })

describe("secretProblem", () => {
  it("accepts a random secret of 32 characters or more", () => {
    expect(secretProblem(strong)).toBeUndefined()
    expect(secretProblem(randomBytes(24).toString("base64"))).toBeUndefined()
  })

  it.each([
    [undefined, "is not set"],
    ["", "is not set"],
    ["   ", "is not set"],
    ["supersecret", "is a known default or placeholder"],
    ["Super-Secret", "is a known default or placeholder"],
    ["secret", "is a known default or placeholder"],
    ["change-me-jwt-secret", "is a known default or placeholder"],
    [`supersecret-${strong}`, "is a known default or placeholder"],
    ["a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d", "is shorter than 32 characters"],
    ["ab".repeat(20), "has fewer than 8 different characters"],
  ])("refuses %j: it %s", (value, problem) => {
    expect(secretProblem(value)).toBe(problem)
  })
})

describe("tokenSecret", () => {
  it("uses the environment's secret when it is strong, in production too", () => {
    expect(tokenSecret("JWT_SECRET", production(strong))).toBe(strong)
    expect(tokenSecret("COOKIE_SECRET", development(strong))).toBe(strong)
  })

  it.each([undefined, "", "supersecret", "secret", "too-short-but-random-Q7x"])(
    "stops a production start when JWT_SECRET is %j, naming the variable and the rule",
    (value) => {
      expect(() => tokenSecret("JWT_SECRET", production(value))).toThrow(/^JWT_SECRET .*at least 32 characters/)
    }
  )

  it("outside production makes a random secret for each process instead of a missing one", () => {
    const first = tokenSecret("COOKIE_SECRET", development(undefined))
    const second = tokenSecret("COOKIE_SECRET", {})
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(second).toMatch(/^[0-9a-f]{64}$/)
    expect(first).not.toBe(second)
  })

  it("outside production never signs with a known default: it warns and uses a random secret", () => {
    const warnings: string[] = []
    const secret = tokenSecret("COOKIE_SECRET", development("supersecret"), (message) => warnings.push(message))
    expect(secret).not.toBe("supersecret")
    expect(secret).toHaveLength(64)
    expect(warnings).toEqual(["COOKIE_SECRET is a known default or placeholder: using a random secret for this process instead."])
  })
})
