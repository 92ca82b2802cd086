import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SETTLEMENT_MODULE } from "../../../../modules/settlement"
import type SettlementModuleService from "../../../../modules/settlement/service"
import { currentSeller } from "../current-seller"

// The seller's months that have sales or refunds, with their totals per currency.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  const months = await req.scope.resolve<SettlementModuleService>(SETTLEMENT_MODULE).sellerMonths(seller.id)
  res.json({ months, count: months.length })
}
