import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "../audit/steps/record-audit"
import { Decision, decideListingStep } from "./steps/decide-listing"
import { photoReasonStep } from "./steps/photo-reason"

// Approving publishes the listing (the product event puts it in the search index); rejecting keeps it out of
// the store with the reason the seller sees, which may name photos (steps/photo-reason.ts). Either way the
// decision is audited with before and after.
export const decideListingWorkflow = createWorkflow("decide-listing", (input: Decision & { photos?: string[] }) => {
  const reason = photoReasonStep(input)
  const { before, after } = decideListingStep(transform({ input, reason }, ({ input: { photos, ...input }, reason }) => ({ ...input, reason })))
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
