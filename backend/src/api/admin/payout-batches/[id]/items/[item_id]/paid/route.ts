import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { settleItem } from "../../../../../../payouts"

/** The bank paid the item: its reference is recorded (once; a repeat with the same reference changes nothing). */
export async function POST(req: AuthenticatedMedusaRequest<{ bank_reference: string }>, res: MedusaResponse) {
  res.json(await settleItem(req, { outcome: "paid", bank_reference: req.validatedBody.bank_reference }))
}
