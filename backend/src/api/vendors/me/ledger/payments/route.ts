import type { LedgerPaymentBody } from "@luotian/contract"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payLedgerMonthWorkflow } from "../../../../../workflows/ledger/close-ledger-month"
import { sellerThatMayChange } from "../../current-seller"
import { householdEntries, ownMember } from "../read"

// The seller paid a household its closed month (idempotent: paying again answers changed false).
export async function POST(req: AuthenticatedMedusaRequest<LedgerPaymentBody>, res: MedusaResponse) {
  const { seller } = await sellerThatMayChange(req)
  const { member_id, month, reference } = req.validatedBody
  await ownMember(req.scope, seller.id, member_id)
  const { result } = await payLedgerMonthWorkflow(req.scope).run({ input: { seller_id: seller.id, member_id, month, reference } })
  const { month_fen, month_status } = await householdEntries(req.scope, seller.id, member_id, month)
  res.json({ month, member_id, changed: result.changed, month_fen, month_status })
}
