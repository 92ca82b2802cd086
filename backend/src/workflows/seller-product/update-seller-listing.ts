import { updateProductsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateListingStep } from "../listing/steps/update-listing"
import { ListingEdit, planListingEditStep } from "./steps/plan-listing-edit"

// A seller edits its listing; an edit that changes what the association approved (see the listing service's
// planEdit) takes the listing out of the store and back into the review queue.
export const updateSellerListingWorkflow = createWorkflow("update-seller-listing", (input: ListingEdit) => {
  const plan = planListingEditStep(input)
  updateProductsWorkflow.runAsStep({
    input: transform({ plan, input }, ({ plan, input }) => ({ selector: { id: input.product_id }, update: plan.product })),
  })
  when(plan, (plan) => !!plan.price).then(() => {
    updateProductVariantsWorkflow.runAsStep({
      input: transform({ plan }, ({ plan }) => ({
        selector: { id: plan.price!.variant_id },
        update: { prices: [{ currency_code: "cny", amount: plan.price!.amount }] },
      })),
    })
  })
  when(plan, (plan) => !!plan.listing).then(() => {
    updateListingStep(transform({ plan, input }, ({ plan, input }) => ({ product_id: input.product_id, update: plan.listing! })))
  })
  return new WorkflowResponse(plan)
})
