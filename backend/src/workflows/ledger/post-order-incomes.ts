import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { lockLedger, unlockLedger } from "./steps/ledger-lock"
import { orderSellerStep, planOrderIncomesStep } from "./steps/plan-order-incomes"
import { postLedgerEntriesStep } from "./steps/post-entries"

// Brings a seller order's household entries in line with what the order owes them now: their shares when its lines
// were allocated to lots, reversals after a refund or a lot's withdrawal. Idempotent: run again with nothing changed,
// it posts nothing. Under the seller's ledger lock, the one its monthly close takes.
export const postOrderIncomesWorkflow = createWorkflow("post-order-incomes", (input: { order_id: string }) => {
  const seller = orderSellerStep(input.order_id)
  lockLedger(seller.lock)
  const entries = planOrderIncomesStep({ order_id: input.order_id, seller })
  const posted = postLedgerEntriesStep(entries)
  unlockLedger(seller.lock)
  return new WorkflowResponse(posted)
})
