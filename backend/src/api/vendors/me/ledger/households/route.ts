import { ledgerTotals } from "@luotian/contract"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { currentSeller } from "../../current-seller"
import { householdRows, monthOrNow } from "../read"

// The seller's households with their income this month and this year (its own API: names are the seller's to see),
// with the month's totals and the registered-poor households' apart.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  const month = monthOrNow((req.validatedQuery as { month?: string }).month)
  const households = await householdRows(req.scope, seller.id, month)
  res.json({ month, households, totals: ledgerTotals(households) })
}
