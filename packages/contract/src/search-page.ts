import type { CatalogueResult, ProductCard } from "./catalogue"
import { CATALOGUE_FACETS, type CatalogueFacet, type FacetKey } from "./catalogue-search"

// The search page's results are drawn in the buyer's browser from one answer: the catalogue's result and the names,
// in both languages, of the facet values it shows (facets hold codes, handles and Chinese town names; a product
// carrying a value names it). The storefront's front answers it from Meilisearch (front/direct-search.cjs), Next's
// route otherwise (app/[locale]/search/results); both build it with these rules.

export type FacetLabel = { name: string; name_en: string }
export type FacetLabels = Record<CatalogueFacet, Record<string, FacetLabel>>
export type SearchResults = { result: CatalogueResult; labels: FacetLabels }

const LABEL: Record<CatalogueFacet, (card: ProductCard) => [string, FacetLabel]> = {
  category: (card) => [card.category.handle, { name: card.category.name, name_en: card.category.name_en }],
  grade: (card) => [card.grade.code, { name: card.grade.name, name_en: card.grade.name_en }],
  seller: (card) => [card.seller.handle, { name: card.seller.name, name_en: card.seller.name_en }],
  town: (card) => [card.town, { name: card.town, name_en: card.town_en }],
}
// The four categories are named by the storefront's own texts.
const LOOKED_UP = ["grade", "seller", "town"] as const
/** How many values the page's cards leave unnamed are looked up, one one-hit search each. */
export const MAX_LABEL_LOOKUPS = 24
/** Browsers may show a search's answer again for 10 s (back and forward, a reload). */
export const SEARCH_RESULTS_CACHE_CONTROL = "public, max-age=10, s-maxage=10, stale-while-revalidate=30"

/** The names the cards give their facet values, added to `labels` (new ones when none are given). */
export function learnLabels(cards: ProductCard[], labels = emptyLabels()): FacetLabels {
  for (const card of cards) {
    for (const field of CATALOGUE_FACETS) {
      const [value, label] = LABEL[field](card)
      labels[field][value] = label
    }
  }
  return labels
}

function emptyLabels(): FacetLabels {
  // No prototype: a value such as "constructor" must not find Object's.
  return Object.fromEntries(CATALOGUE_FACETS.map((field) => [field, Object.create(null)])) as FacetLabels
}

/** A value's names, when known (an answer read back from JSON has plain objects: only own keys count). */
export function facetLabel(labels: FacetLabels, field: CatalogueFacet, value: string): FacetLabel | undefined {
  return Object.prototype.hasOwnProperty.call(labels[field], value) ? labels[field][value] : undefined
}

/** The facet values (and the values filtered by) the labels do not name yet, at most MAX_LABEL_LOOKUPS of them. */
export function unlabelled(result: CatalogueResult, labels: FacetLabels, chosen: Partial<Record<CatalogueFacet, string>>): FacetKey[] {
  const missing = LOOKED_UP.flatMap((field) =>
    [...new Set([...(result.facets[field] ?? []).map((facet) => facet.value), chosen[field] ?? ""])]
      .filter((value) => value && !facetLabel(labels, field, value))
      .map((value) => ({ field, value }))
  )
  return missing.slice(0, MAX_LABEL_LOOKUPS)
}
