import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_REVIEW_MODULE } from "../../../modules/listing-review"
import type ListingReviewModuleService from "../../../modules/listing-review/service"

export type Submission = { product_id: string; seller_id: string; claimed_grade: string; standard_id: string | null }

// Puts a listing (back) in the association's review queue; undoing restores the review it had, or removes it.
export const submitListingStep = createStep(
  "submit-listing-for-review",
  async (input: Submission, { container }) => {
    const reviews = container.resolve<ListingReviewModuleService>(LISTING_REVIEW_MODULE)
    const [previous] = await reviews.listListingReviews({ product_id: input.product_id })
    const pending = { ...input, status: "pending" as const, reason: null, submitted_at: new Date(), decided_at: null, decided_by: null }
    const review = previous
      ? await reviews.updateListingReviews({ id: previous.id, ...pending })
      : await reviews.createListingReviews(pending)
    return new StepResponse(review, { id: review.id, previous: previous ?? null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const reviews = container.resolve<ListingReviewModuleService>(LISTING_REVIEW_MODULE)
    if (undo.previous) await reviews.updateListingReviews(undo.previous as any)
    else await reviews.deleteListingReviews(undo.id)
  }
)
