import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sellerPayout, settlementOf } from "../../../payouts"
import { currentSeller } from "../current-seller"

/** The seller's payouts, newest first, accounts masked. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  const items = await settlementOf(req.scope).listPayoutItems({ seller_id: seller.id }, { relations: ["batch"], order: { created_at: "DESC" } })
  res.json({ payouts: items.map((item: any) => sellerPayout(item)) })
}
