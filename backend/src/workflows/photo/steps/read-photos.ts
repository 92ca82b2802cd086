import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../../../modules/listing"
import type ListingModuleService from "../../../modules/listing/service"

export type Photo = { id?: string; url: string; metadata: Record<string, unknown> | null }
export type PhotoPlan = { images: (Photo & { id: string })[]; listing: Record<string, unknown> | null }

/**
 * The product's photos in their order, and whether changing them sends its listing to review (the listing
 * service's rule) with the state it enters the queue in. Reads only.
 */
export const readPhotosStep = createStep("read-product-photos", async (product_id: string, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] }: { data: any[] } = await query.graph({
    entity: "product",
    fields: ["id", "images.id", "images.url", "images.rank", "images.metadata", "listing.status"],
    filters: { id: product_id },
  })
  const listings = container.resolve<ListingModuleService>(LISTING_MODULE)
  const images = [...(product.images ?? [])]
    .sort((a: any, b: any) => a.rank - b.rank)
    .map(({ id, url, metadata }: any) => ({ id, url, metadata: metadata ?? null }))
  const status = product.listing?.status
  const listing = status && listings.photoChangeResubmits(status) ? listings.pendingReview() : null
  return new StepResponse<PhotoPlan>({ images, listing })
})
