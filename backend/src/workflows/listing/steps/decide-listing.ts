import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../../../modules/listing"
import type ListingModuleService from "../../../modules/listing/service"

export type Decision = { product_id: string; decision: "approve" | "reject"; reason?: string; actor_id: string }

// The association's decision on a listing waiting for review (the service refuses any other); undoing restores it.
export const decideListingStep = createStep(
  "decide-listing",
  async (input: Decision, { container }) => {
    const listings = container.resolve<ListingModuleService>(LISTING_MODULE)
    const decided = await listings.decide(input.product_id, input.decision, input.reason ?? null, input.actor_id)
    return new StepResponse(decided, decided.before)
  },
  async (before, { container }) => {
    if (before) await container.resolve<ListingModuleService>(LISTING_MODULE).updateListings(before as any)
  }
)
