import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { receiveReturnWorkflow } from "../../../../../../workflows/lot/receive-return"
import { sellerThatMayChange } from "../../../current-seller"
import { ownOrders, sellerView } from "../../own-orders"
import type { ReceiveReturn } from "../../validators"

// The seller received packs of shipped lines back: they go back into their lots (see receiveReturnWorkflow). Money
// is not moved here: a refund is the association's (POST /admin/payments/:id/refund) or the cancel's.
export async function POST(req: AuthenticatedMedusaRequest<ReceiveReturn>, res: MedusaResponse) {
  const { seller } = await sellerThatMayChange(req)
  const [own] = await ownOrders(req, seller.id, req.params.id)
  await receiveReturnWorkflow(req.scope).run({ input: { order_id: own.id, seller_id: seller.id, items: req.validatedBody.items } })
  const [order] = await ownOrders(req, seller.id, req.params.id)
  res.json({ order: sellerView(order) })
}
