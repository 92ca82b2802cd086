import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../../../modules/listing"
import type ListingModuleService from "../../../modules/listing/service"
import type { Edit } from "../../../modules/listing/service"
import { sizeLabel } from "../../../modules/listing/name"
import { MAX_SIZES, type PackSize } from "../pack-size"
import { claimContext } from "./claim-context"

/** A seller's edit: new prices name the size's variant; a new size comes whole. */
export type SellerEdit = Omit<Edit, "prices"> & { sizes?: { variant_id: string; price_cny: number }[]; added_size?: PackSize }
export type ListingEdit = { seller_id: string; product_id: string; changes: SellerEdit }

const FIELDS = ["id", "metadata", "categories.handle", "variants.id", "variants.weight", "variants.prices.*", "listing.*"]

const cnyPrice = (variant: any) => Number(variant.prices.find((p: any) => p.currency_code === "cny")?.amount)

/** The product's sizes, and the edit's new prices as sizes of it; a variant of another product is refused, by position. */
function sizesOf(product: any, changes: SellerEdit) {
  const sizes = product.variants.map((v: any) => ({ variant_id: v.id as string, net_weight_g: Number(v.weight), price_cny: cnyPrice(v) }))
  const prices = (changes.sizes ?? []).map((change, i) => {
    const size = sizes.find((s: any) => s.variant_id === change.variant_id)
    if (!size) throw new MedusaError(MedusaError.Types.INVALID_DATA, `sizes.${i}.variant_id: ${change.variant_id} is not a size of this product`)
    return { ...size, price_cny: change.price_cny, field: `sizes.${i}.price_cny` }
  })
  const added = changes.added_size
  if (added && sizes.some((s: any) => s.net_weight_g === added.net_weight_g)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `net_weight_g: the product already has a ${sizeLabel(added.net_weight_g).en} size`)
  }
  if (added && sizes.length >= MAX_SIZES) throw new MedusaError(MedusaError.Types.INVALID_DATA, `net_weight_g: a listing has at most ${MAX_SIZES} sizes`)
  if (added) prices.push({ variant_id: "", net_weight_g: added.net_weight_g, price_cny: added.price_cny, field: "price_cny" })
  return { sizes, prices }
}

/**
 * Works out what an edit changes in the product and its listing, and whether it sends the listing back to review
 * (the listing service's rules). Reads only.
 */
export const planListingEditStep = createStep("plan-listing-edit", async ({ seller_id, product_id, changes }: ListingEdit, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] }: { data: any[] } = await query.graph({ entity: "product", fields: FIELDS, filters: { id: product_id } })
  const { sizes, prices } = sizesOf(product, changes)
  const context = await claimContext(query, product.categories?.[0]?.handle as string, seller_id)
  const listings = container.resolve<ListingModuleService>(LISTING_MODULE)
  const { regraded, resubmit } = listings.planEdit({ ...product.listing, sizes }, { ...changes, prices }, context)
  const metadata = { ...product.metadata, ...(regraded && { title_en: regraded.title_en }), ...(changes.description_en !== undefined && { description_en: changes.description_en }) }
  return new StepResponse({
    product: {
      ...(regraded && { title: regraded.title }),
      ...(changes.description !== undefined && { description: changes.description }),
      ...((regraded || changes.description_en !== undefined) && { metadata }),
      ...((resubmit.length || changes.status) && { status: resubmit.length ? ("draft" as const) : changes.status }),
    },
    prices: prices.filter((size: any) => size.variant_id).map((size: any) => ({ variant_id: size.variant_id as string, amount: size.price_cny as number })),
    listing: regraded || resubmit.length ? { ...regraded?.listing, ...(resubmit.length && listings.pendingReview()) } : null,
    resubmit,
  })
})
