import { logger } from "@medusajs/framework/logger"
import { redactForLog } from "./redact"

// Every part of Medusa logs through this one reporter (the container's logger is the same object): the error
// handler, the event bus when a subscriber fails, scheduled jobs, workflows. Redacting here covers them all.
const METHODS = ["error", "warn", "info", "debug", "http", "verbose", "silly", "log", "activity", "progress", "success", "failure", "panic"] as const
const PATCHED = Symbol.for("luotian.redactedLogger")

/** Makes the shared logger withhold database error text (statements with their values) whatever logs it. */
export function redactDatabaseErrorsInLog(target: Record<string | symbol, any> = logger as any) {
  if (target[PATCHED]) return
  for (const method of METHODS) {
    const original = target[method]
    if (typeof original !== "function") continue
    target[method] = (...args: unknown[]) => original.apply(target, args.map(redactForLog))
  }
  target[PATCHED] = true
}
