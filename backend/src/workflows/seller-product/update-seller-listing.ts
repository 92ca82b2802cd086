import { updateProductsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateListingStep } from "../listing/steps/update-listing"
import { addPackSizeWorkflow } from "./add-pack-size"
import { ListingEdit, planListingEditStep } from "./steps/plan-listing-edit"
import { refreshListingStep } from "./steps/refresh-listing"

// A seller edits its listing (texts, grade, prices of its sizes, a new size); an edit that changes what the association approved (see the listing service's
// planEdit) takes the listing out of the store and back into the review queue.
export const updateSellerListingWorkflow = createWorkflow("update-seller-listing", (input: ListingEdit) => {
  const plan = planListingEditStep(input)
  updateProductsWorkflow.runAsStep({
    input: transform({ plan, input }, ({ plan, input }) => ({ selector: { id: input.product_id }, update: plan.product })),
  })
  when(plan, (plan) => plan.prices.length > 0).then(() => {
    updateProductVariantsWorkflow.runAsStep({
      input: transform({ plan }, ({ plan }) => ({
        product_variants: plan.prices.map((p) => ({ id: p.variant_id, prices: [{ currency_code: "cny", amount: p.amount }] })),
      })),
    })
  })
  when(input, (input) => !!input.changes.added_size).then(() => {
    addPackSizeWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ seller_id: input.seller_id, product_id: input.product_id, size: input.changes.added_size! })),
    })
  })
  when(plan, (plan) => !!plan.listing).then(() => {
    updateListingStep(transform({ plan, input }, ({ plan, input }) => ({ product_id: input.product_id, update: plan.listing! })))
  })
  refreshListingStep({ product_id: input.product_id })
  return new WorkflowResponse(plan)
})
