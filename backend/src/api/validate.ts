import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

function describe(error: z.ZodError) {
  return error.issues.map((issue) => `${issue.path.join(".") || "query"}: ${issue.message}`).join("; ")
}

/** Validates the query string against a schema; a bad field answers 400 naming the field and the rule. */
export function validateQuery(schema: z.ZodTypeAny) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.query)
    if (!parsed.success) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid query: ${describe(parsed.error)}`))
    }
    req.validatedQuery = parsed.data as typeof req.validatedQuery
    next()
  }
}
