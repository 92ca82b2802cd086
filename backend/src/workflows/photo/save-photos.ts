import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { transform, when, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { updateListingStep } from "../listing/steps/update-listing"
import type { Photo, PhotoPlan } from "./steps/read-photos"

/**
 * Saves the product's photos in this order (rank = position; the thumbnail is the first, none without photos)
 * and, when the plan says so, takes the listing out of the store and back to review. Both are undone on failure.
 */
export function savePhotos(input: { product_id: string }, images: WorkflowData<Photo[]>, plan: WorkflowData<PhotoPlan>) {
  updateProductsWorkflow.runAsStep({
    input: transform({ input, images, plan }, ({ input, images, plan }) => ({
      selector: { id: input.product_id },
      update: {
        images: images.map((image, rank) => ({ ...image, rank })),
        thumbnail: images[0]?.url ?? null,
        ...(plan.listing && { status: "draft" as const }),
      },
    })),
  })
  when(plan, (plan) => !!plan.listing).then(() => {
    updateListingStep(transform({ input, plan }, ({ input, plan }) => ({ product_id: input.product_id, update: plan.listing! })))
  })
}
