import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../../../modules/listing"
import type ListingModuleService from "../../../modules/listing/service"
import type { Edit } from "../../../modules/listing/service"
import { claimContext } from "./claim-context"

export type ListingEdit = { seller_id: string; product_id: string; changes: Edit }

const FIELDS = ["id", "metadata", "categories.handle", "variants.id", "variants.prices.*", "listing.*"]

/**
 * Works out what an edit changes in the product and its listing, and whether it sends the listing back to review
 * (the listing service's rules). Reads only.
 */
export const planListingEditStep = createStep("plan-listing-edit", async ({ seller_id, product_id, changes }: ListingEdit, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] }: { data: any[] } = await query.graph({ entity: "product", fields: FIELDS, filters: { id: product_id } })
  const variant = product.variants[0]
  const price = Number(variant.prices.find((p: any) => p.currency_code === "cny")?.amount)
  const context = await claimContext(query, product.categories?.[0]?.handle as string, seller_id)
  const listings = container.resolve<ListingModuleService>(LISTING_MODULE)
  const { regraded, resubmit } = listings.planEdit({ ...product.listing, price_cny: price }, changes, context)
  const metadata = { ...product.metadata, ...(regraded && { title_en: regraded.title_en }), ...(changes.description_en !== undefined && { description_en: changes.description_en }) }
  return new StepResponse({
    product: {
      ...(regraded && { title: regraded.title }),
      ...(changes.description !== undefined && { description: changes.description }),
      ...((regraded || changes.description_en !== undefined) && { metadata }),
      ...((resubmit.length || changes.status) && { status: resubmit.length ? ("draft" as const) : changes.status }),
    },
    price: changes.price_cny !== undefined ? { variant_id: variant.id as string, amount: changes.price_cny } : null,
    listing: regraded || resubmit.length ? { ...regraded?.listing, ...(resubmit.length && listings.pendingReview()) } : null,
    resubmit,
  })
})
