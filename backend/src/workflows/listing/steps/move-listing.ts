import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../../../modules/listing"
import type ListingModuleService from "../../../modules/listing/service"

export type ListingMove = { keep_product_id: string; drop_product_ids: string[]; to_product_id: string }

// Merged products keep one listing (its review state and history) on the new product; the others go. Undoing
// points the kept listing back and restores the others.
export const moveListingStep = createStep(
  "move-listing",
  async ({ keep_product_id, drop_product_ids, to_product_id }: ListingMove, { container }) => {
    const listings = container.resolve<ListingModuleService>(LISTING_MODULE)
    const [kept] = await listings.listListings({ product_id: keep_product_id })
    const dropped = await listings.listListings({ product_id: drop_product_ids })
    await listings.softDeleteListings(dropped.map((l) => l.id))
    await listings.updateListings({ id: kept.id, product_id: to_product_id })
    return new StepResponse(kept, { kept: { id: kept.id, product_id: keep_product_id }, dropped: dropped.map((l) => l.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const listings = container.resolve<ListingModuleService>(LISTING_MODULE)
    await listings.updateListings(undo.kept)
    if (undo.dropped.length) await listings.restoreListings(undo.dropped)
  }
)
