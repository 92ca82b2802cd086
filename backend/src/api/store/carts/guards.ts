import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

// Medusa's cart validators take any quantity > 0 (0.5, 1e-9) and an empty currency code; these guards run before
// them and answer 400 naming the field, so that no cart holds a fractional or zero line or a currency of no region.

/** The most of one product a single request may put in a cart. */
export const MAX_QUANTITY = 999

type Body = Record<string, unknown> | undefined

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

function quantityProblem(field: string, value: unknown, min: 0 | 1) {
  if (typeof value === "number" && Number.isInteger(value) && value >= min && value <= MAX_QUANTITY) return null
  const zero = min === 0 ? " (0 removes the line)" : ""
  return `${field}: must be a whole number from ${min} to ${MAX_QUANTITY}${zero}`
}

/** The currency of the region a new cart will be in: the one asked for, or the store's default. */
async function regionCurrency(req: MedusaRequest, regionId: unknown): Promise<string | null> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  if (typeof regionId === "string" && regionId) {
    const { data } = await query.graph({ entity: "region", fields: ["currency_code"], filters: { id: regionId } })
    return data[0]?.currency_code ?? null
  }
  const { data } = await query.graph({ entity: "store", fields: ["default_region_id"] })
  const id = data[0]?.default_region_id
  return id ? regionCurrency(req, id) : null
}

/** POST /store/carts: whole quantities, and a currency code (when given) that is the region's. */
export async function guardNewCart(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as Body
  const items = Array.isArray(body?.items) ? body!.items : []
  for (const [i, item] of items.entries()) {
    const problem = quantityProblem(`items.${i}.quantity`, (item as Body)?.quantity, 1)
    if (problem) return next(invalid(problem))
  }
  const currency = body?.currency_code
  if (currency === undefined || currency === null) return next()
  if (typeof currency !== "string" || !/^[a-z]{3}$/i.test(currency)) {
    return next(invalid("currency_code: must be the three-letter code of the region's currency"))
  }
  const expected = await regionCurrency(req, body?.region_id)
  // An unknown region is left to Medusa, which answers it.
  if (expected && currency.toLowerCase() !== expected.toLowerCase()) {
    return next(invalid(`currency_code: must be the region's currency (${expected})`))
  }
  next()
}

/** POST /store/carts/:id/line-items: a whole quantity of at least 1. */
export function guardNewLine(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const problem = quantityProblem("quantity", (req.body as Body)?.quantity, 1)
  next(problem ? invalid(problem) : undefined)
}

/** POST /store/carts/:id/line-items/:line_id: a whole quantity; 0 keeps Medusa's meaning, removing the line. */
export function guardLineUpdate(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const problem = quantityProblem("quantity", (req.body as Body)?.quantity, 0)
  next(problem ? invalid(problem) : undefined)
}
