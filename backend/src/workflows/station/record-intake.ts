import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ledgerLockKey } from "../ledger/steps/ledger-lock"
import { planIntakeIncomeStep } from "../ledger/steps/plan-intake-income"
import { postLedgerEntriesStep } from "../ledger/steps/post-entries"
import { checkIntakeStep, type IntakeInput, payOutIntakeStep, recordIntakeLotStep, recordIntakeStep } from "./steps/intake"

/**
 * 代销: a station takes in a household's produce for the seller that buys it. The produce becomes a lot of the
 * seller's with the household as its supplier, the intake gets the day's receipt number and, paid now, the cash
 * leaves the station's book; the household's ledger gets the intake's price as income (already paid when paid now).
 * Under the station's cash lock (remittances take it too), the seller's lot lock and its ledger lock: a
 * doubled POST with one form reference waits, then answers the intake the first recorded. A failure undoes it all.
 */
export const recordIntakeWorkflow = createWorkflow("record-station-intake", (input: IntakeInput) => {
  const key = transform({ input }, ({ input }) => [`station-cash:${input.station.id}`, `seller-lots:${input.seller_id}`, ledgerLockKey(input.seller_id)])
  acquireLockStep({ key, timeout: 30, ttl: 60 })
  const checked = checkIntakeStep(input)
  const lot = recordIntakeLotStep({ input, checked })
  const intake = recordIntakeStep({ input, checked, lot })
  payOutIntakeStep({ input, checked, intake })
  // A retried form posts nothing more: the entry's key is the intake's.
  postLedgerEntriesStep(planIntakeIncomeStep(intake.id))
  releaseLockStep({ key })
  return new WorkflowResponse(intake)
})
