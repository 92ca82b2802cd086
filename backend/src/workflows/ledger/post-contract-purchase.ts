import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { lockLedger, unlockLedger } from "./steps/ledger-lock"
import { lotSellerStep, planContractPurchaseStep } from "./steps/plan-contract-purchase"
import { postLedgerEntriesStep } from "./steps/post-entries"

// A lot recorded by an enterprise with a contract price: each supplying household is paid that price for what it
// supplied. Once per lot and household, under the seller's ledger lock.
export const postContractPurchaseWorkflow = createWorkflow("post-contract-purchase", (input: { lot_id: string }) => {
  const { lot, lock } = lotSellerStep(input.lot_id)
  lockLedger(lock)
  const entries = planContractPurchaseStep({ lot })
  const posted = postLedgerEntriesStep(entries)
  unlockLedger(lock)
  return new WorkflowResponse(posted)
})
