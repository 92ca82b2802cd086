import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

function describe(error: z.ZodError) {
  return error.issues.map((issue) => `${issue.path.join(".") || "input"}: ${issue.message}`).join("; ")
}

function invalid(what: string, error: z.ZodError) {
  return new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid ${what}: ${describe(error)}`)
}

/** Validates the query string; a bad field answers 400 naming the field and the rule. */
export function validateQuery(schema: z.ZodTypeAny) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.query)
    if (!parsed.success) return next(invalid("query", parsed.error))
    req.validatedQuery = parsed.data as typeof req.validatedQuery
    next()
  }
}

/** Validates the JSON body the same way. */
export function validateBody(schema: z.ZodTypeAny) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.body)
    if (!parsed.success) return next(invalid("body", parsed.error))
    req.validatedBody = parsed.data
    next()
  }
}

/** Validates the route's path parameters, e.g. a month in /statements/:month. */
export function validateParams(schema: z.ZodTypeAny) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.params)
    if (!parsed.success) return next(invalid("path", parsed.error))
    next()
  }
}
