import { describeDatabaseError, isDatabaseError, redactForLog, redactText } from "./redact"

// As knex and Postgres write them: the statement with its bound values, then Postgres' own words.
const KNEX_MESSAGE =
  `insert into "member" ("id", "name", "village", "phone") values ('mem_1', '王秀英', '屯兵堰村', '13907130001') - date/time field value out of range: "0000-01-01"`

function pgError() {
  return Object.assign(new Error(KNEX_MESSAGE), { code: "22008", severity: "ERROR", routine: "DateTimeParseError", detail: "王秀英" })
}

describe("redact", () => {
  it("recognises database errors by shape, by MikroORM's name or by the statement in their text", () => {
    expect(isDatabaseError(pgError())).toBe(true)
    expect(isDatabaseError(Object.assign(new Error("x"), { name: "CheckConstraintViolationException", code: "23514" }))).toBe(true)
    expect(isDatabaseError(new Error(KNEX_MESSAGE))).toBe(true)
    expect(isDatabaseError(Object.assign(new Error("wrapped"), { cause: pgError() }))).toBe(true)
    expect(isDatabaseError(new Error("Seller not found"))).toBe(false)
  })

  it("logs a database error by name and SQLSTATE only", () => {
    const safe = redactForLog(pgError()) as Error
    expect(safe.message).toBe("Error (SQLSTATE 22008): [database error: details withheld]")
    expect(`${safe.stack} ${JSON.stringify(safe)}`).not.toMatch(/王秀英|13907130001|insert/)
    expect(describeDatabaseError(pgError())).toBe("Error (SQLSTATE 22008)")
  })

  it("cuts a statement out of a logged text and leaves other texts alone", () => {
    expect(redactText(`An error occurred while processing member.created: ${KNEX_MESSAGE}`)).toBe(
      "An error occurred while processing member.created: [database error: details withheld]"
    )
    expect(redactText("Seller fuzz-coop approved")).toBe("Seller fuzz-coop approved")
    expect(redactForLog({ query: KNEX_MESSAGE })).toBe("[database error: details withheld]")
    const ordinary = new Error("Seller not found")
    expect(redactForLog(ordinary)).toBe(ordinary)
  })
})
