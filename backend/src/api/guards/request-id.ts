import { AsyncLocalStorage } from "node:async_hooks"
import { randomUUID } from "node:crypto"
import http from "node:http"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { logger } from "@medusajs/framework/logger"
import { wrapServerListener } from "../../lib/ops/http-server"

// Every request gets an id: the caller's (a proxy's) `x-request-id` when it is a plain token, a new UUID otherwise.
// It is answered in `x-request-id`, used by Medusa's access log, and added to every log line written while the
// request is handled (workflows and steps run in it included), so a line can be traced to its request.
// `medusa start` and `develop` give it to every request as it arrives (tagEveryRequest, from instrumentation.ts), so
// that one refused before any route middleware (body parser, CORS, publishable key, authentication) has it too;
// the route middleware does it where no instrumentation runs (the test runner) and keeps an id already given.

const requestScope = new AsyncLocalStorage<{ requestId: string }>()
const PLAIN = /^[A-Za-z0-9._:-]{1,128}$/
const PATCHED = Symbol.for("luotian.requestIdLog")

export const currentRequestId = () => requestScope.getStore()?.requestId

/** The id of a request: its header when plain (no control characters, JSON or log injection), else a new one. */
export function requestIdOf(header: unknown): string {
  return typeof header === "string" && PLAIN.test(header) ? header : randomUUID()
}

// Marks a request already given its id (Medusa sets `req.requestId` itself, from the raw header or a UUID).
const GIVEN = Symbol("luotian.requestId")

export function withRequestId(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  // Given as the request arrived (tagEveryRequest): the listener already runs in its scope.
  if ((req as any)[GIVEN]) return next()
  const requestId = requestIdOf(req.headers["x-request-id"])
  ;(req as any)[GIVEN] = true
  // Medusa's own loader copies the header into `req.requestId` for its access log: the same id, never a forged one.
  req.headers["x-request-id"] = requestId
  ;(req as any).requestId = requestId
  res.setHeader("x-request-id", requestId)
  const store = { requestId }
  // The body arrives in stream events, which run outside this request's context; re-enter it for them.
  const emit = req.emit
  req.emit = function (this: unknown, ...args: Parameters<typeof emit>) {
    return requestScope.run(store, () => emit.apply(this, args))
  } as typeof emit
  requestScope.run(store, next)
}

/** Makes `http.createServer` give each request its id before the server's own listener sees it. */
export function tagEveryRequest(target: typeof http = http) {
  wrapServerListener(target, Symbol.for("luotian.requestIds"), (listener) => (req, res) => withRequestId(req as any, res as any, () => listener(req, res)))
}

/** Adds `request_id` to every JSON line Medusa's logger (winston) writes inside a request. */
export function addRequestIdToLog(target: any = (logger as any).loggerInstance_) {
  if (!target?.format || target[PATCHED]) return
  const inner = target.format
  target.format = {
    options: inner.options,
    transform: (info: Record<string, unknown>, options: unknown) => {
      const requestId = currentRequestId()
      if (requestId && info.request_id === undefined) info.request_id = requestId
      return inner.transform(info, options)
    },
  }
  target[PATCHED] = true
}
