import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../../../modules/listing"
import type ListingModuleService from "../../../modules/listing/service"
import { claimContext } from "./claim-context"

import type { Size } from "../../../modules/listing/service"

export type ListingClaim = { seller_id: string; category: string; name: string; grade: string; sizes: Size[] }

/** Judges a listing's claim against the association's data and composes its name. Reads only, so nothing to undo. */
export const resolveListingStep = createStep("resolve-listing", async (claim: ListingClaim, { container }) => {
  const context = await claimContext(container.resolve(ContainerRegistrationKeys.QUERY), claim.category, claim.seller_id)
  const listings = container.resolve<ListingModuleService>(LISTING_MODULE)
  const judged = listings.judgeClaim(claim, context)
  // One product per name and grade: another size of it is added to the listing, not listed again.
  const [existing] = await listings.listListings({ seller_id: claim.seller_id, name_code: judged.listing.name_code, grade_code: judged.grade.code })
  if (existing) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `grade: you already list ${judged.title} (${existing.product_id}); add a size to that listing instead`)
  }
  return new StepResponse({ ...judged, category_id: context.category_id })
})
