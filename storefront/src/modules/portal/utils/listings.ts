import type { Band } from "@luotian/contract/rules"

// What the portal reads from a seller's listing (GET /vendors/me/products): its stock at the seller's location,
// its review and its price.
type Level = { stocked_quantity?: number | null }
export type ListingLike = {
  status: string
  listing?: { status?: string | null } | null
  variants?: { prices?: { currency_code: string; amount: number | string }[] | null; inventory_items?: { inventory?: { location_levels?: Level[] | null } | null }[] | null }[] | null
}

export type ReviewState = "pending" | "approved" | "rejected" | "none"

export const LOW_STOCK = 5

/** Units stocked at the seller's location (a listing has one variant, kept at one location). */
export function stockOf(listing: ListingLike): number {
  const levels = listing.variants?.flatMap((v) => v.inventory_items?.flatMap((i) => i.inventory?.location_levels ?? []) ?? []) ?? []
  return levels.reduce((sum, level) => sum + (level.stocked_quantity ?? 0), 0)
}

export function reviewState(listing: ListingLike): ReviewState {
  const status = listing.listing?.status
  return status === "pending" || status === "approved" || status === "rejected" ? status : "none"
}

/** The price in CNY, as the backend sends it (a decimal in yuan); null without one. */
export const priceOf = (listing: ListingLike) => listing.variants?.[0]?.prices?.find((p) => p.currency_code === "cny")?.amount ?? null

/** Listings still on sale or in review whose stock is at or below the threshold, emptiest first. */
export function lowStock<T extends ListingLike>(listings: T[], threshold = LOW_STOCK) {
  return listings
    .filter((l) => reviewState(l) !== "rejected" && stockOf(l) <= threshold)
    .sort((a, b) => stockOf(a) - stockOf(b))
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
