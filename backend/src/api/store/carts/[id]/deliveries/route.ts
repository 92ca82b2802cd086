import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listShippingOptionsForCartWorkflow } from "@medusajs/medusa/core-flows"
import { deliveriesBySeller } from "./by-seller"

const CART_FIELDS = [
  "id",
  "items.id",
  "items.created_at",
  "items.product.shipping_profile.id",
  "items.product.seller.id",
  "items.product.seller.handle",
  "items.product.seller.name",
  "items.product.seller.name_en",
  "shipping_methods.shipping_option_id",
  "shipping_methods.data",
]

// The delivery choice the buyer makes per seller: each seller's items and the options it ships them with.
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { data: [cart] } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph(
    { entity: "cart", fields: CART_FIELDS, filters: { id: req.params.id } },
    { throwIfKeyNotFound: true }
  )
  const { result: options } = await listShippingOptionsForCartWorkflow(req.scope).run({ input: { cart_id: cart.id } })
  res.json({ deliveries: deliveriesBySeller(cart as any, options as any) })
}
