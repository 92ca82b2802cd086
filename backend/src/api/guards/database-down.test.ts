import { acquireTimeoutMs, isDatabaseUnreachable } from "./database-down"

describe("isDatabaseUnreachable", () => {
  it.each([
    ["a refused connection", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["knex's wait for a connection running out", Object.assign(new Error("Knex: Timeout acquiring a connection."), { name: "KnexTimeoutError" })],
    ["a connection cut mid-query", new Error("Connection terminated unexpectedly")],
    ["Postgres shutting down (57P01)", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })],
    ["a workflow's error caused by one", Object.assign(new Error("step failed"), { cause: Object.assign(new Error("x"), { code: "08006" }) })],
  ])("recognises %s", (_, error) => expect(isDatabaseUnreachable(error)).toBe(true))

  it.each([
    ["a unique violation", Object.assign(new Error("duplicate key value violates unique constraint"), { code: "23505" })],
    ["a rule's conflict", new Error("stock: not enough left")],
    ["no error", undefined],
  ])("leaves %s to the other rules", (_, error) => expect(isDatabaseUnreachable(error)).toBe(false))
})

describe("acquireTimeoutMs", () => {
  it("is 8 s unless DATABASE_ACQUIRE_TIMEOUT_MS says otherwise, and refuses what is no duration", () => {
    expect(acquireTimeoutMs({})).toBe(8000)
    expect(acquireTimeoutMs({ DATABASE_ACQUIRE_TIMEOUT_MS: "2500" })).toBe(2500)
    expect(() => acquireTimeoutMs({ DATABASE_ACQUIRE_TIMEOUT_MS: "soon" })).toThrow(/DATABASE_ACQUIRE_TIMEOUT_MS/)
  })
})
