import Redis from "ioredis"
import type { SuiteContext } from "../support/boot"
import { createLoginLimits } from "../../../backend/src/api/guards/login-limits"
import { failure, registerSeller } from "../support/sellers"

// Guessing passwords is throttled per account and per address (attacks.spec.ts boots with a 15 s window, 10 attempts
// per account and 60 per address, so that the windows pass within a test).
const WINDOW_MS = 15_000
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export default function loginsSuite({ api }: SuiteContext) {
  const login = (email: string, password: string) => failure(api.post("/auth/seller/emailpass", { email, password }))
  let email: string

  beforeAll(async () => {
    await registerSeller(api, "limits-coop")
    email = "limits-coop@sellers.test"
  })
  // Each test starts with the previous one's window run out.
  beforeEach(() => sleep(WINDOW_MS + 200))

  it("answers 429 with Retry-After after 10 wrong passwords of 50, refuses the right one until the window passes", async () => {
    const statuses: number[] = []
    let last: any
    for (let i = 0; i < 50; i++) {
      last = await login(email, `wrong-${i}`)
      statuses.push(last.status)
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401))
    expect(new Set(statuses.slice(10))).toEqual(new Set([429]))
    expect(Number(last.headers["retry-after"])).toBeGreaterThanOrEqual(1)
    expect(Number(last.headers["retry-after"])).toBeLessThanOrEqual(WINDOW_MS / 1000)
    expect(last.data.message).toMatch(/for this account; retry after \d+ s/)
    expect((await login(email, "pass-1234")).status).toBe(429)
    await sleep(Number(last.headers["retry-after"]) * 1000 + 200)
    const { data } = await api.post("/auth/seller/emailpass", { email, password: "pass-1234" })
    expect(data.token).toEqual(expect.any(String))
  })

  it("counts parallel guesses before they run: 30 at once get exactly 10 answers", async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => login(email, `parallel-${i}`)))
    const count = (status: number) => answers.filter((a) => a.status === status).length
    expect([count(401), count(429)]).toEqual([10, 20])
  })

  it("clears an account's count on a successful login, and ignores the e-mail's case", async () => {
    for (let i = 0; i < 9; i++) expect((await login(email.toUpperCase(), `wrong-${i}`)).status).toBe(401)
    expect((await login(email, "pass-1234")).status).toBe(200)
    for (let i = 0; i < 9; i++) expect((await login(email, `again-${i}`)).status).toBe(401)
  })

  it("limits an address guessing across accounts, and registration and invites from it", async () => {
    const statuses: number[] = []
    for (let i = 0; i < 70; i++) statuses.push((await login(`nobody-${i}@sellers.test`, "guess")).status)
    expect(statuses.slice(0, 60)).toEqual(Array(60).fill(401))
    expect(new Set(statuses.slice(60))).toEqual(new Set([429]))
    const register = await failure(api.post("/auth/customer/emailpass/register", { email: "new-buyer@example.cn", password: "pass-1234" }))
    expect([register.status, register.data.message]).toEqual([429, expect.stringMatching(/from this address/)])
    const accept = await failure(api.post("/vendors/invites/accept", { token: "guess" }))
    expect(accept.status).toBe(429)
  })

  it("shares the counts between server instances through Redis", async () => {
    const env = { REDIS_URL: process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379", LOGIN_LIMIT_PER_ACCOUNT: "3", LOGIN_LIMIT_WINDOW_SECONDS: "60" }
    const prefix = `luotian-test:${Date.now()}`
    const [one, two] = [createLoginLimits(env, prefix), createLoginLimits(env, prefix)]
    await Promise.all([one.ready(), two.ready()])
    for (let i = 0; i < 3; i++) await (i % 2 ? one : two).account.consume("seller:shared@sellers.test")
    await expect(two.account.consume("seller:shared@sellers.test")).rejects.toMatchObject({ msBeforeNext: expect.any(Number) })
    const redis = new Redis(env.REDIS_URL)
    expect(await redis.exists(`${prefix}:account:seller:shared@sellers.test`)).toBe(1)
    await redis.del(`${prefix}:account:seller:shared@sellers.test`)
    redis.disconnect()
    one.close()
    two.close()
  })
}
