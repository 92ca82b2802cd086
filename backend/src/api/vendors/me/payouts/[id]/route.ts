import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownPayout, payoutOrders, sellerPayout } from "../../../../payouts"
import { currentSeller } from "../../current-seller"

/** One of the seller's payouts with the orders it paid. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  const item = await ownPayout(req.scope, seller.id, req.params.id)
  res.json({ payout: sellerPayout(item), orders: await payoutOrders(req.scope, item.id) })
}
