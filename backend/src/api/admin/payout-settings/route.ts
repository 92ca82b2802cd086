import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { settlementOf } from "../../payouts"

/** The payout rules: days after shipment until auto-confirmation, and the least balance a batch pays. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ settings: await settlementOf(req.scope).payoutSettings() })
}

export async function POST(req: AuthenticatedMedusaRequest<{ release_after_days?: number; minimum_payout?: string }>, res: MedusaResponse) {
  res.json({ settings: await settlementOf(req.scope).setPayoutSettings(req.validatedBody) })
}
