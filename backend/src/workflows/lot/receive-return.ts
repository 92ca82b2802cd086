import { acquireLockStep, adjustInventoryLevelsStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type ReturnInput, returnLotsStep, returnToLotsStep } from "./steps/return-to-lots"

// The seller received packs of shipped lines back from a buyer: they go back into their lots (last allocated first)
// and, unless their lot is withdrawn, back on sale. Under the locks of the order's return and of its lots, so a
// double submit cannot return the same packs twice and a withdrawal cannot slip in between.
export const receiveReturnWorkflow = createWorkflow("receive-lot-return", (input: ReturnInput) => {
  const keys = returnLotsStep({ order_id: input.order_id })
  acquireLockStep({ key: keys, timeout: 30, ttl: 60 })
  const { levels } = returnToLotsStep(input)
  when("return-goes-on-sale", { levels }, ({ levels }) => levels.length > 0).then(() => {
    adjustInventoryLevelsStep(levels)
  })
  releaseLockStep({ key: keys })
  return new WorkflowResponse(levels)
})
