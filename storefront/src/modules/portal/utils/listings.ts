import type { Band } from "@luotian/contract/rules"
import { formatWeight } from "../../../lib/util/money"

// What the portal reads from a seller's listing (GET /vendors/me/products): its pack sizes (Medusa variants: the
// weight in grams, the GTIN in `ean`, a CNY price, the stock at the seller's location) and its review.
type Level = { stocked_quantity?: number | null }
export type VariantLike = {
  id: string
  title?: string | null
  weight?: number | null
  ean?: string | null
  prices?: { currency_code: string; amount: number | string }[] | null
  inventory_items?: { inventory?: { location_levels?: Level[] | null } | null }[] | null
}
export type ListingLike = {
  status: string
  listing?: { status?: string | null } | null
  variants?: VariantLike[] | null
}

/** One pack size as the portal shows it. */
export type Size = { variant_id: string; title: string; grams: number | null; gtin: string | null; price: number | string | null; stock: number }

export type ReviewState = "pending" | "approved" | "rejected" | "none"

export const LOW_STOCK = 5

/** Units of a size stocked at the seller's location. */
const unitsOf = (variant: VariantLike) =>
  (variant.inventory_items?.flatMap((i) => i.inventory?.location_levels ?? []) ?? []).reduce((sum, level) => sum + (level.stocked_quantity ?? 0), 0)

/** The listing's pack sizes, lightest first (a size without a weight last). */
export function sizesOf(listing: ListingLike): Size[] {
  const sizes = (listing.variants ?? []).map((v) => ({
    variant_id: v.id,
    title: v.title ?? "",
    grams: v.weight ? Number(v.weight) : null,
    gtin: v.ean || null,
    price: v.prices?.find((p) => p.currency_code === "cny")?.amount ?? null,
    stock: unitsOf(v),
  }))
  return sizes.sort((a, b) => (a.grams ?? Infinity) - (b.grams ?? Infinity))
}

/** A size's name in the portal: its net weight ("2.5 kg"), else its variant's title. */
export const sizeLabel = (size: Pick<Size, "grams" | "title">) => formatWeight(size.grams) ?? size.title

/** Units stocked at the seller's location, all sizes together. */
export const stockOf = (listing: ListingLike) => (listing.variants ?? []).reduce((sum, v) => sum + unitsOf(v), 0)

export function reviewState(listing: ListingLike): ReviewState {
  const status = listing.listing?.status
  return status === "pending" || status === "approved" || status === "rejected" ? status : "none"
}

/** Sizes of listings still on sale or in review whose stock is at or below the threshold, emptiest first. */
export function lowStock<T extends ListingLike>(listings: T[], threshold = LOW_STOCK): { listing: T; size: Size }[] {
  return listings
    .filter((l) => reviewState(l) !== "rejected")
    .flatMap((listing) => sizesOf(listing).flatMap((size) => (size.stock <= threshold ? [{ listing, size }] : [])))
    .sort((a, b) => a.size.stock - b.size.stock)
}

// The association publishes no list of pack sizes (any whole grams from 1 g to 100 kg are allowed); these are the
// sizes the store's listings come in, offered as suggestions beside the weight field.
const USUAL_SIZES: Record<string, number[]> = {
  chestnut: [250, 500, 1000, 1500, 2000, 2500, 3000, 5000, 10000],
  "black-goat": [500, 1000, 1500, 2000, 2500, 3000, 5000, 10000],
  herbs: [100, 150, 200, 250, 300, 500, 1000],
  tea: [50, 100, 125, 150, 200, 250, 500],
}
export const usualSizes = (category: string) => USUAL_SIZES[category] ?? [250, 500, 1000, 2500, 5000]

/** Only the band of a grade goes to the browser, not its criteria. */
export const bandOf = ({ price_min, price_max, price_unit }: Band): Band => ({
  price_min,
  price_max,
  price_unit,
})
