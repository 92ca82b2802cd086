import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markSellerOrderPaidWorkflow } from "../../../../../../workflows/seller-order/mark-seller-order-paid"
import { sellerThatMayChange } from "../../../current-seller"
import { ownOrders, sellerView } from "../../own-orders"

// The buyer paid cash at the village station or on delivery. Marking a paid order paid answers it as it is.
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await sellerThatMayChange(req)
  const [own] = await ownOrders(req, seller.id, req.params.id)
  await markSellerOrderPaidWorkflow(req.scope).run({
    input: { order_id: own.id, captured_by: req.auth_context.actor_id },
  })
  const [order] = await ownOrders(req, seller.id, req.params.id)
  res.json({ order: sellerView(order) })
}
