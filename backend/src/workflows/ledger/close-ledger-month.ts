import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { closeLedgerMonthStep, markLedgerPaidStep } from "./steps/close-month"
import { ledgerLockKey, lockLedger, unlockLedger } from "./steps/ledger-lock"

// A seller closes a month of its households' incomes: once (a repeat or a concurrent second close changes nothing),
// under the seller's ledger lock so that no entry is posted into the month while it closes.
export const closeLedgerMonthWorkflow = createWorkflow("close-ledger-month", (input: { seller_id: string; month: string; closed_by: string }) => {
  const key = transform({ input }, ({ input }) => ledgerLockKey(input.seller_id))
  lockLedger(key)
  const result = closeLedgerMonthStep(input)
  unlockLedger(key)
  return new WorkflowResponse(result)
})

// The seller paid a household its closed month: recorded once, under the same lock.
export const payLedgerMonthWorkflow = createWorkflow(
  "pay-ledger-month",
  (input: { seller_id: string; member_id: string; month: string; reference: string }) => {
    const key = transform({ input }, ({ input }) => ledgerLockKey(input.seller_id))
    lockLedger(key)
    const result = markLedgerPaidStep(input)
    unlockLedger(key)
    return new WorkflowResponse(result)
  }
)
