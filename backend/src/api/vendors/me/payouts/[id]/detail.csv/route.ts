import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payoutDetailCsv } from "../../../../../../modules/settlement/payout-export"
import { sendCsv } from "../../../../../statements"
import { ownPayout, payoutOrders, sellerPayout } from "../../../../../payouts"
import { currentSeller } from "../../../current-seller"

/** The payout's detail as a spreadsheet: its orders and amounts. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  const item = await ownPayout(req.scope, seller.id, req.params.id)
  sendCsv(res, `payout-${item.id}.csv`, payoutDetailCsv(sellerPayout(item), await payoutOrders(req.scope, item.id)))
}
