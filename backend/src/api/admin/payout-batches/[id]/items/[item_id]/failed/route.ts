import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { settleItem } from "../../../../../../payouts"

/** The transfer failed: the item's money returns to the seller's available balance, for the next batch. */
export async function POST(req: AuthenticatedMedusaRequest<{ reason: string }>, res: MedusaResponse) {
  res.json(await settleItem(req, { outcome: "failed", reason: req.validatedBody.reason }))
}
