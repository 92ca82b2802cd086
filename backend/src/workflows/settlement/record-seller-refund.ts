import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordRefundStep, type RecordRefundInput } from "./steps/record-refund"

// Records money returned to a seller order's buyer in the seller's settlement. Workflows that return the money
// (a seller cancelling an order) call recordRefundStep themselves; this one is for recording a refund on its own.
export const recordSellerRefundWorkflow = createWorkflow("record-seller-refund", (input: RecordRefundInput) => {
  return new WorkflowResponse(recordRefundStep(input))
})
