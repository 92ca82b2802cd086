import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkLotStep } from "./steps/check-lot"
import { type CreateLotInput, recordLotStep } from "./steps/record-lot"

// A seller records a lot of one of its product lines with the member households that supplied it.
export const createLotWorkflow = createWorkflow("create-lot", (input: CreateLotInput) => {
  const checked = checkLotStep(input)
  const lot = recordLotStep(transform({ input, checked }, ({ input, checked }) => ({ input, code: checked.code })))
  // An enterprise buys its households' supply at its contract price (the ledger's subscriber).
  emitEventStep({ eventName: "lot.created", data: transform({ lot }, ({ lot }) => ({ id: lot.id })) })
  return new WorkflowResponse(lot)
})
