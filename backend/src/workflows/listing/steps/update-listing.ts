import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../../../modules/listing"
import type ListingModuleService from "../../../modules/listing/service"

export type ListingUpdate = { product_id: string; update: Record<string, unknown> }

// Changes a listing (a new grade, a return to the review queue); undoing restores what it was.
export const updateListingStep = createStep(
  "update-listing",
  async ({ product_id, update }: ListingUpdate, { container }) => {
    const listings = container.resolve<ListingModuleService>(LISTING_MODULE)
    const [previous] = await listings.listListings({ product_id })
    const updated = await listings.updateListings({ id: previous.id, ...update })
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<ListingModuleService>(LISTING_MODULE).updateListings(previous as any)
  }
)
