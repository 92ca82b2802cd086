import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"
import { completePurchaseWorkflow } from "../../../../../workflows/seller-order/complete-purchase"

// Medusa answers these with the cart, so that the buyer can pay again; any other failure is an error.
const PAYMENT_ERRORS: string[] = [MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR]

/** Replaces Medusa's POST /store/carts/:id/complete with the same answer: the purchase, split into seller orders. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const { errors, result } = await completePurchaseWorkflow(req.scope).run({
    input: { cart_id: req.params.id },
    throwOnError: false,
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const error = errors?.[0]?.error
  if (error) {
    if (!PAYMENT_ERRORS.includes(error.type)) throw error
    const { data: [cart] } = await query.graph({ entity: "cart", fields: defaultStoreCartFields, filters: { id: req.params.id } })
    res.json({ type: "cart", cart, error: { message: error.message, name: error.name, type: error.type } })
    return
  }
  const { data: [order] } = await query.graph({ entity: "order", fields: req.queryConfig.fields, filters: { id: result.id } })
  res.json({ type: "order", order })
}
