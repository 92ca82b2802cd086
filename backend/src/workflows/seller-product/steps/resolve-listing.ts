import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../../../modules/listing"
import type ListingModuleService from "../../../modules/listing/service"
import { claimContext } from "./claim-context"

import type { Size } from "../../../modules/listing/service"

export type ListingClaim = { seller_id: string; category: string; name: string; grade: string; sizes: Size[] }

/** Judges a listing's claim against the association's data and composes its name. Reads only, so nothing to undo. */
export const resolveListingStep = createStep("resolve-listing", async (claim: ListingClaim, { container }) => {
  const context = await claimContext(container.resolve(ContainerRegistrationKeys.QUERY), claim.category, claim.seller_id)
  const judged = container.resolve<ListingModuleService>(LISTING_MODULE).judgeClaim(claim, context)
  return new StepResponse({ ...judged, category_id: context.category_id })
})
