import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refreshCatalogue } from "../../../search/refresh"

/** The listing as edited is searchable, and its cached pages refreshed, when the seller's edit answers. */
export const refreshListingStep = createStep("refresh-listing", async (input: { product_id: string }, { container }) => {
  await refreshCatalogue(container, [input.product_id])
  return new StepResponse()
})
