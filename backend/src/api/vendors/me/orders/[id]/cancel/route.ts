import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelSellerOrderWorkflow } from "../../../../../../workflows/seller-order/cancel-seller-order"
import { sellerThatMayChange } from "../../../current-seller"
import { ownOrders, sellerView } from "../../own-orders"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await sellerThatMayChange(req)
  const [own] = await ownOrders(req, seller.id, req.params.id)
  // Cancelling a canceled order answers it as it is.
  await cancelSellerOrderWorkflow(req.scope).run({
    input: { order_id: own.id, seller_id: seller.id, canceled_by: req.auth_context.actor_id },
  })
  const [order] = await ownOrders(req, seller.id, req.params.id)
  res.json({ order: sellerView(order) })
}
