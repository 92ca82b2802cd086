import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

// Guards every route, Medusa's own included, before any validator or query sees the input: Postgres rejects a NUL
// byte in text (and answers a 500), and no field of this store has a use for other C0 controls but tab, LF and CR.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/
// Deeper JSON than any route takes; walking it further would only risk the stack.
const MAX_DEPTH = 32
// Medusa's admin asks for up to 9999 rows at once; no list is paged further than this.
const PAGING = { limit: 10_000, offset: 1_000_000 } as const

const invalid = (where: string, message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid ${where}: ${message}`)

type Finding = { field: string; rule: string }

/** The first field (dotted path) holding a control character, or nested too deeply. */
function findControl(value: unknown, path: string, depth = 0): Finding | undefined {
  const field = path || "(root)"
  if (typeof value === "string") return CONTROL.test(value) ? { field, rule: "must not contain control characters (NUL, U+0001–U+001F except tab, newline, carriage return)" } : undefined
  if (!value || typeof value !== "object" || Buffer.isBuffer(value)) return undefined
  if (depth >= MAX_DEPTH) return { field, rule: `is nested deeper than ${MAX_DEPTH} levels` }
  for (const [key, child] of Object.entries(value)) {
    if (CONTROL.test(key)) return { field, rule: "has a property name with a control character" }
    const found = findControl(child, path ? `${path}.${key}` : key, depth + 1)
    if (found) return found
  }
  return undefined
}

/** The first path segment that is not a well-formed percent-encoding of text without control characters. */
function badSegment(rawPath: string): Finding | undefined {
  const segments = rawPath.split("/")
  for (let i = 1; i < segments.length; i++) {
    const before = segments.slice(0, i).join("/") + "/"
    let decoded: string
    try {
      decoded = decodeURIComponent(segments[i])
    } catch {
      return { field: `the segment after ${before}`, rule: "has a malformed percent-escape" }
    }
    if (CONTROL.test(decoded)) return { field: `the segment after ${before}`, rule: "must not contain control characters" }
  }
  return undefined
}

/** limit and offset, on any route: one non-negative integer each, within bounds. */
function badPaging(query: Record<string, unknown>): Finding | undefined {
  for (const [field, max] of Object.entries(PAGING)) {
    const value = query[field]
    if (value === undefined) continue
    if (typeof value !== "string" || !/^\d{1,9}$/.test(value) || Number(value) > max) {
      return { field, rule: `must be a whole number from 0 to ${max}` }
    }
  }
  return undefined
}

export function guardInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const path = badSegment((req.originalUrl ?? req.url).split("?")[0])
  if (path) return next(invalid("path", `${path.field} ${path.rule}`))
  const query = findControl(req.query, "") ?? badPaging((req.query ?? {}) as Record<string, unknown>)
  if (query) return next(invalid("query", `${query.field}: ${query.rule}`))
  const body = findControl(req.body, "")
  if (body) return next(invalid("body", `${body.field}: ${body.rule}`))
  next()
}
