import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../../../modules/listing"
import type ListingModuleService from "../../../modules/listing/service"
import type { NewListing } from "./create-listing"

// New listings of a bulk import enter the association's review queue together; undoing removes them.
export const createListingsStep = createStep(
  "create-listings",
  async (input: NewListing[], { container }) => {
    const listings = container.resolve<ListingModuleService>(LISTING_MODULE)
    const created = await listings.createListings(input.map((listing) => ({ ...listing, ...listings.pendingReview() })))
    return new StepResponse(created, created.map((listing) => listing.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<ListingModuleService>(LISTING_MODULE).deleteListings(ids)
  }
)
