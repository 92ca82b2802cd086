import type { PackSize, ProductCard } from "./catalogue"
import type { MeiliQuery } from "./catalogue-search"

// The instant search box's suggestions: the first few products a partly typed query finds, with what the box
// shows of each (its name in both languages, its page, its price from its sizes). The storefront's front answers
// them from Meilisearch and Next's route from the catalogue; both send these shapes, and the box formats them.

/** How many products the search box suggests. */
export const SUGGESTIONS = 6

export type Suggestion = Pick<ProductCard, "id" | "handle" | "title" | "title_en"> & {
  sizes: Pick<PackSize, "net_weight_g" | "price_cny" | "in_stock">[]
}

const SIZE_FIELDS = ["net_weight_g", "price_cny", "in_stock"] as const
// Meilisearch shows a nested object's declared paths only.
const FIELDS = ["id", "handle", "title", "title_en", ...SIZE_FIELDS.map((field) => `sizes.${field}`)]

/** A catalogue card (or a hit holding at least a suggestion's fields) as a suggestion, and nothing more. */
export function toSuggestion(card: Suggestion): Suggestion {
  return {
    id: card.id,
    handle: card.handle,
    title: card.title,
    title_en: card.title_en,
    sizes: card.sizes.map((size) => ({ net_weight_g: size.net_weight_g, price_cny: size.price_cny, in_stock: size.in_stock })),
  }
}

/**
 * The box's question as one Meilisearch search of the public index: the first hits by relevance, as the catalogue
 * ranks them, and nothing the box does not show (no facet counts, no exact count: each costs the index work).
 */
export function meiliSuggestQuery(indexUid: string, q: string): MeiliQuery {
  return { indexUid, q, limit: SUGGESTIONS, attributesToRetrieve: FIELDS }
}

/** The suggestions from Meilisearch's answer to meiliSuggestQuery. */
export function suggestionsFromMeili(result: { hits?: unknown[] }): Suggestion[] {
  return ((result.hits ?? []) as Suggestion[]).map(toSuggestion)
}

/** The box asks on every pause in typing: browsers and the front (or a CDN) may reuse an answer for half a minute. */
export const SUGGESTIONS_CACHE_CONTROL = "public, max-age=30, s-maxage=30, stale-while-revalidate=60"
