import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkIntakeStep, type IntakeInput, payOutIntakeStep, recordIntakeLotStep, recordIntakeStep } from "./steps/intake"

/**
 * 代销: a station takes in a household's produce for the seller that buys it. The produce becomes a lot of the
 * seller's with the household as its supplier, the intake gets the day's receipt number and, paid now, the cash
 * leaves the station's book. Under the station's cash lock (remittances take it too) and the seller's lot lock: a
 * doubled POST with one form reference waits, then answers the intake the first recorded. A failure undoes it all.
 */
export const recordIntakeWorkflow = createWorkflow("record-station-intake", (input: IntakeInput) => {
  const key = transform({ input }, ({ input }) => [`station-cash:${input.station.id}`, `seller-lots:${input.seller_id}`])
  acquireLockStep({ key, timeout: 30, ttl: 60 })
  const checked = checkIntakeStep(input)
  const lot = recordIntakeLotStep({ input, checked })
  const intake = recordIntakeStep({ input, checked, lot })
  payOutIntakeStep({ input, checked, intake })
  releaseLockStep({ key })
  return new WorkflowResponse(intake)
})
