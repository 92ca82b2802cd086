import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sellerBalance, settlementOf } from "../../../payouts"
import { currentSeller } from "../current-seller"

/** The seller's balance (pending, available, paid out), where it is paid (masked) and the association's payout rules. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  const settlement = settlementOf(req.scope)
  res.json({
    balance: await sellerBalance(req.scope, seller.id),
    account: await settlement.payoutAccount(seller.id),
    settings: await settlement.payoutSettings(),
  })
}
