import { packSizeVariant, SIZE_OPTION, type PackSize } from "./pack-size"

/** What a new listing's product is made of, once its name and grade are judged. */
export type ListingProductFacts = {
  handle: string
  title: string
  title_en: string
  category_id: string
  description?: string
  description_en?: string
  sizes: PackSize[]
}

/** Where the seller's products are sold and shipped from (its shipping profile and stock location). */
export type SellerDelivery = { shipping_profile: { id: string }; stock_location: { id: string } }

/**
 * The product Medusa creates for a listing: unpublished until the association's review, in the store's channel,
 * shipped with the seller's profile, its pack sizes as variants of one size option.
 */
export function listingProduct(facts: ListingProductFacts, seller: SellerDelivery, salesChannelId: string) {
  return {
    title: facts.title,
    handle: facts.handle,
    description: facts.description,
    status: "draft" as const,
    category_ids: [facts.category_id],
    shipping_profile_id: seller.shipping_profile.id,
    sales_channels: [{ id: salesChannelId }],
    metadata: { title_en: facts.title_en, description_en: facts.description_en },
    options: [{ title: SIZE_OPTION, values: facts.sizes.map((size) => packSizeVariant(size).title) }],
    variants: facts.sizes.map(packSizeVariant),
  }
}

type StockedVariant = { weight?: number | string | null; inventory_items?: { inventory_item_id: string }[] | null }

/** Each new variant's stock at the seller's location, as its listing's size of the same weight says. */
export function sizeStockLevels(variants: StockedVariant[], sizesOf: (variant: any) => PackSize[], seller: SellerDelivery) {
  return variants.map((variant) => ({
    location_id: seller.stock_location.id,
    inventory_item_id: variant.inventory_items![0]!.inventory_item_id,
    stocked_quantity: sizesOf(variant).find((size) => size.net_weight_g === Number(variant.weight))!.stock,
  }))
}
