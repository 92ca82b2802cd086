import type { LedgerCloseBody } from "@luotian/contract"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { closeLedgerMonthWorkflow } from "../../../../../workflows/ledger/close-ledger-month"
import { sellerThatMayChange } from "../../current-seller"
import { householdRows } from "../read"

// Closes a month of the seller's households' incomes (idempotent: closing again answers the same figures, closed false).
export async function POST(req: AuthenticatedMedusaRequest<LedgerCloseBody>, res: MedusaResponse) {
  const { seller, user } = await sellerThatMayChange(req)
  const { month } = req.validatedBody
  const { result } = await closeLedgerMonthWorkflow(req.scope).run({ input: { seller_id: seller.id, month, closed_by: user.id } })
  const households = (await householdRows(req.scope, seller.id, month)).filter((h) => h.month_status !== null)
  const total_fen = households.reduce((sum, h) => sum + BigInt(h.month_fen), 0n).toString()
  res.json({ month, closed: result.closed, total_fen, households })
}
