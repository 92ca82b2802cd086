import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "../audit/steps/record-audit"
import { Decision, decideListingStep } from "./steps/decide-listing"

// Approving publishes the listing (the product event puts it in the search index); rejecting keeps it out of
// the store with the reason the seller sees. Either way the decision is audited with before and after.
export const decideListingWorkflow = createWorkflow("decide-listing", (input: Decision) => {
  const { before, after } = decideListingStep(input)
  updateProductsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      selector: { id: input.product_id },
      update: { status: input.decision === "approve" ? ("published" as const) : ("draft" as const) },
    })),
  })
  recordAuditStep(
    transform({ input, before, after }, ({ input, before, after }) => [
      {
        actor_type: "user",
        actor_id: input.actor_id,
        action: input.decision === "approve" ? "listing.approved" : "listing.rejected",
        subject_type: "product",
        subject_id: input.product_id,
        before: { status: before.status, reason: before.reason },
        after: { status: after.status, reason: after.reason },
      },
    ])
  )
  return new WorkflowResponse(after)
})
