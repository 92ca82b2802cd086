// What may never reach a log line: the text of a database error. Knex writes the failing statement with its bound
// values into the error's message, and Postgres quotes the offending value in its own (`invalid input syntax …: "…"`),
// so a member's name or ID number would be logged with it. A database error is logged by its name and SQLSTATE only.

const SQLSTATE = /^[0-9A-Z]{5}$/
// A statement as knex writes it (quoted identifiers), or Postgres' own words around a rejected value.
const DB_TEXT =
  /\b(?:insert\s+into|delete\s+from|update|from|join)\s+"|\bselect\s+(?:distinct\s+)?["*]|invalid input (?:syntax|value)|invalid byte sequence|out of range|value too long|violates|duplicate key|date\/time field|unterminated|syntax error at/i

const WITHHELD = "[database error: details withheld]"

/** Whether an error comes from the database (pg, knex, MikroORM) or carries a statement in its text. */
export function isDatabaseError(error: unknown): boolean {
  if (!error || typeof error !== "object") return false
  const e = error as Record<string, any>
  if (typeof e.sqlState === "string") return true
  if (typeof e.code === "string" && SQLSTATE.test(e.code) && ("severity" in e || "routine" in e)) return true
  if (/Exception$/.test(String(e.name ?? e.constructor?.name ?? "")) && typeof e.code === "string") return true
  return DB_TEXT.test(String(e.message ?? "")) || (!!e.cause && isDatabaseError(e.cause))
}

/** The SQLSTATE of a database error, from it or its cause. */
export function sqlStateOf(error: unknown): string | undefined {
  const e = error as Record<string, any> | undefined
  if (!e || typeof e !== "object") return undefined
  const code = e.sqlState ?? e.code
  if (typeof code === "string" && SQLSTATE.test(code)) return code
  return sqlStateOf(e.cause)
}

/** "Name (SQLSTATE 22008)": all that is said about a database error. */
export function describeDatabaseError(error: unknown): string {
  const e = error as Record<string, any>
  const name = String(e?.name ?? e?.constructor?.name ?? "Error").slice(0, 80)
  const code = sqlStateOf(error)
  return code ? `${name} (SQLSTATE ${code})` : name
}

/** A text with any database statement or rejected-value message cut off. */
export function redactText(text: string): string {
  const match = DB_TEXT.exec(text)
  return match ? `${text.slice(0, match.index)}${WITHHELD}` : text
}

/** What a logger may be given instead of the value: database errors reduced to name and code, texts redacted. */
export function redactForLog(value: unknown): unknown {
  if (typeof value === "string") return redactText(value)
  if (value instanceof Error || (value && typeof value === "object" && "message" in (value as object))) {
    if (!isDatabaseError(value)) return value
    const safe = new Error(`${describeDatabaseError(value)}: ${WITHHELD}`)
    safe.name = "DatabaseError"
    safe.stack = `${safe.name}: ${safe.message}`
    return safe
  }
  if (value && typeof value === "object") {
    try {
      return DB_TEXT.test(JSON.stringify(value)) ? WITHHELD : value
    } catch {
      return value
    }
  }
  return value
}
