import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../../../modules/listing"
import type ListingModuleService from "../../../modules/listing/service"

export type NewListing = {
  product_id: string
  seller_id: string
  name_code: string
  grade_code: string
  grade_id: string
  standard_id: string
  standard_version: number
}

// A new listing enters the association's review queue; undoing removes it.
export const createListingStep = createStep(
  "create-listing",
  async (input: NewListing, { container }) => {
    const listings = container.resolve<ListingModuleService>(LISTING_MODULE)
    const listing = await listings.createListings({ ...input, ...listings.pendingReview() })
    return new StepResponse(listing, listing.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ListingModuleService>(LISTING_MODULE).deleteListings(id)
  }
)
