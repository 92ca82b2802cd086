import { spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import path from "node:path"

// `medusa start` as docker-compose runs it (NODE_ENV=production): it must refuse to start, naming the variable,
// rather than sign logins with a missing or known secret. The database is unreachable on purpose: a start that got
// past the secrets would fail there instead, with another message. The rule's other cases are unit-tested in
// backend/src/config/secrets.test.ts.
const backendDir = path.resolve(__dirname, "../../../backend")
const strong = () => randomBytes(32).toString("hex")

function medusaStart(secrets: { JWT_SECRET?: string; COOKIE_SECRET?: string }) {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", DATABASE_URL: "postgres://postgres@127.0.0.1:1/none" }
  delete env.JWT_SECRET
  delete env.COOKIE_SECRET
  Object.assign(env, secrets)
  const child = spawn("npx", ["medusa", "start"], { cwd: backendDir, env, stdio: ["ignore", "pipe", "pipe"] })
  let output = ""
  child.stdout.on("data", (chunk) => (output += chunk))
  child.stderr.on("data", (chunk) => (output += chunk))
  const timer = setTimeout(() => child.kill("SIGKILL"), 150_000)
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on("exit", (code) => (clearTimeout(timer), resolve({ code, output })))
  )
}

describe("the backend in production mode", () => {
  it.each([
    ["JWT_SECRET is unset", {}, "JWT_SECRET is not set"],
    ["COOKIE_SECRET is Medusa's default", { JWT_SECRET: strong(), COOKIE_SECRET: "supersecret" }, "COOKIE_SECRET is a known default"],
  ])("refuses to start when %s, saying why", async (_, secrets, message) => {
    const { code, output } = await medusaStart(secrets)
    expect(code).toBe(1)
    expect(output).toContain(`Error in loading config: ${message}`)
  }, 180_000)
})
