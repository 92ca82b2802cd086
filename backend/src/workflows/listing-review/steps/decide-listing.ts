import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_REVIEW_MODULE } from "../../../modules/listing-review"
import type ListingReviewModuleService from "../../../modules/listing-review/service"

export type Decision = { product_id: string; decision: "approve" | "reject"; reason?: string; actor_id: string }

// The association's decision on a listing waiting for review; only a pending listing can be decided.
export const decideListingStep = createStep(
  "decide-listing",
  async (input: Decision, { container }) => {
    const reviews = container.resolve<ListingReviewModuleService>(LISTING_REVIEW_MODULE)
    const [review] = await reviews.listListingReviews({ product_id: input.product_id })
    if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Listing ${input.product_id} was not found in the review queue`)
    if (review.status !== "pending") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Listing ${input.product_id} is ${review.status}, not waiting for review`)
    }
    const decided = await reviews.updateListingReviews({
      id: review.id,
      status: input.decision === "approve" ? "approved" : "rejected",
      reason: input.reason ?? null,
      decided_at: new Date(),
      decided_by: input.actor_id,
    })
    return new StepResponse({ before: review, after: decided }, review)
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<ListingReviewModuleService>(LISTING_REVIEW_MODULE).updateListingReviews(previous as any)
  }
)
