import { errorHandler as medusaErrorHandler, getHttpResponseFromError } from "@medusajs/framework/http"
import type { MedusaErrorHandlerFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isDatabaseUnreachable } from "./guards/database-down"
import { redactDatabaseErrorsInLog } from "./guards/log"
import { addRequestIdToLog } from "./guards/request-id"
import { describeDatabaseError, isDatabaseError, sqlStateOf } from "./guards/redact"

// Loaded with the middlewares, before any request: from here on nothing logs a database error's text.
redactDatabaseErrorsInLog()
addRequestIdToLog()

type Logger = { info: (m: string) => void; error: (m: string) => void }
const GENERIC = { code: "unknown_error", type: "unknown_error", message: "An unknown error occurred." }
const UNAVAILABLE = { type: "unavailable", message: "The store's database cannot be reached just now; try again in a few seconds." }
const invalid = (message: string) => ({ type: "invalid_data", message })

/** The route as declared (":id", not the id); when express has not matched one, the path with every segment that
 * is not a plain word (ids, months, escapes) written ":param". Never the query string. */
function routeOf(req: MedusaRequest): string {
  const declared = (req as any).route?.path
  if (typeof declared === "string") return `${req.baseUrl ?? ""}${declared}`
  return (req.path ?? "").split("/").map((s) => (s === "" || /^[a-z][a-z-]*$/.test(s) ? s : ":param")).join("/")
}

/** Errors the client caused before any handler ran: express's path decoding and the body parsers. */
function clientError(err: any): { status: number; body: object } | undefined {
  if (err instanceof URIError || (err?.status === 400 && /decode param/i.test(String(err?.message)))) {
    return { status: 400, body: invalid("Invalid path: a path parameter has a malformed percent-escape") }
  }
  if (err?.type === "entity.parse.failed") return { status: 400, body: invalid("Invalid body: not well-formed JSON") }
  // Medusa's body parsers stop at their size limit (100 kB of JSON unless a route says otherwise).
  if (err?.type === "entity.too.large") {
    return { status: 413, body: { type: "payload_too_large", message: `Invalid body: larger than the ${Math.round(err.limit / 1024)} kB this route takes` } }
  }
  return undefined
}

/** The status Medusa's handler would answer; an error it cannot even read (e.g. a duplicate without detail) is a 500. */
function statusOf(err: unknown): number {
  try {
    return getHttpResponseFromError(err as Error).statusCode
  } catch {
    return 500
  }
}

/** What is logged of an unexpected error: its name, SQLSTATE, method and route; never its message or parameters. */
function describeUnexpected(err: unknown, req: MedusaRequest): string {
  const name = isDatabaseError(err) ? describeDatabaseError(err) : String((err as any)?.name ?? typeof err).slice(0, 80)
  const code = sqlStateOf(err)
  const what = code && !name.includes(code) ? `${name} (SQLSTATE ${code})` : name
  return `Unexpected ${what} at ${req.method} ${routeOf(req)}`
}

/**
 * A conflict with one of our rules ("field: rule", e.g. a station's parcel locked after wrong codes): Medusa answers
 * every CONFLICT with its generic retry message, which would hide the rule; its own conflicts never name a field.
 */
function ruleConflict(err: any): { type: string; message: string } | undefined {
  if (err?.type !== MedusaError.Types.CONFLICT || typeof err.message !== "string" || !/^[a-z_.-]+: /.test(err.message)) return undefined
  return { type: "conflict", message: err.message }
}

/**
 * Medusa's known errors keep their status and body (its own handler answers them, with a logger that says only
 * status, method and route); anything else answers a generic 500 and is logged without internals.
 */
export function errorHandler(): MedusaErrorHandlerFunction {
  const medusa = medusaErrorHandler()
  return (err, req, res, next) => {
    const logger: Logger = req.scope?.resolve(ContainerRegistrationKeys.LOGGER) ?? console
    const known = clientError(err)
    if (known) {
      logger.info(`${known.status} at ${req.method} ${routeOf(req)}: malformed request`)
      return void res.status(known.status).json(known.body)
    }
    const rule = ruleConflict(err)
    if (rule) {
      logger.info(`409 at ${req.method} ${routeOf(req)}`)
      return void res.status(409).json(rule)
    }
    if (isDatabaseUnreachable(err)) {
      logger.error(`503 at ${req.method} ${routeOf(req)}: the database cannot be reached`)
      res.setHeader("Retry-After", "5")
      return void res.status(503).json(UNAVAILABLE)
    }
    const status = statusOf(err)
    if (status >= 500) {
      logger.error(describeUnexpected(err, req))
      return void res.status(500).json(GENERIC)
    }
    const quiet = { info: () => logger.info(`${status} at ${req.method} ${routeOf(req)}`), error: () => undefined }
    const scope = { resolve: () => quiet }
    return medusa(err, Object.create(req, { scope: { value: scope } }), res as MedusaResponse, next)
  }
}
