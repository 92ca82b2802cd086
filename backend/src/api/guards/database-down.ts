import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

// When Postgres cannot be reached, a request must fail fast with a 503 the client can retry, not hang. Medusa's
// pool waits 60 s for a connection (knex's default, which its config cannot change) and retries connecting all that
// time, so every request would hang for a minute; the wait is shortened here once, on the first request.

/** How long a request waits for a database connection before it is answered 503 (DATABASE_ACQUIRE_TIMEOUT_MS). */
export function acquireTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const ms = Number(env.DATABASE_ACQUIRE_TIMEOUT_MS ?? 8000)
  if (!Number.isInteger(ms) || ms < 100) throw new Error("DATABASE_ACQUIRE_TIMEOUT_MS must be a whole number of milliseconds, at least 100")
  return ms
}

let shortened = false

export function failFastWithoutDatabase(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (!shortened) {
    const pool = (req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any)?.client?.pool
    // tarn reads it at each acquire; the pool exists since Medusa's start-up probe.
    if (pool) {
      pool.acquireTimeoutMillis = acquireTimeoutMs()
      shortened = true
    }
  }
  next()
}

// Node's network errors and Postgres' connection classes (08: connection exception, 57P01–57P03: shut down or
// starting up): the database is away, not the request wrong.
const NETWORK = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND"])
const GONE = /Timeout acquiring a connection|Connection terminated|connection (?:is )?(?:closed|lost)|Client has encountered a connection error|terminating connection/i

/** Whether the error means the database could not be reached (checked down its causes). */
export function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false
  const e = error as Record<string, any>
  const code = typeof e.code === "string" ? e.code : ""
  if (NETWORK.has(code) || /^08/.test(code) || /^57P0[123]$/.test(code)) return true
  if (e.name === "KnexTimeoutError" || GONE.test(String(e.message ?? ""))) return true
  return isDatabaseUnreachable(e.cause, depth + 1) || isDatabaseUnreachable(e.error, depth + 1)
}
