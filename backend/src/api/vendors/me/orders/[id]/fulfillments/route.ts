import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fulfilSellerOrderWorkflow } from "../../../../../../workflows/seller-order/fulfil-seller-order"
import { sellerThatMayChange } from "../../../current-seller"
import { ownOrders, sellerView } from "../../own-orders"
import type { FulfilSellerOrder } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<FulfilSellerOrder>, res: MedusaResponse) {
  const { seller } = await sellerThatMayChange(req)
  await ownOrders(req, seller.id, req.params.id)
  await fulfilSellerOrderWorkflow(req.scope).run({
    input: { order_id: req.params.id, seller_id: seller.id, delivery: req.validatedBody, created_by: req.auth_context.actor_id },
  })
  const [order] = await ownOrders(req, seller.id, req.params.id)
  res.json({ order: sellerView(order) })
}
