import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sellerMonths } from "../../../statements"
import { currentSeller } from "../current-seller"

// The seller's months that have sales or refunds, with their totals per currency.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  const months = await sellerMonths(req.scope, seller.id)
  res.json({ months, count: months.length })
}
