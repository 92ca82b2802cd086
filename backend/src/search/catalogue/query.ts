import { CATALOGUE_FACETS, catalogueQuerySchema, type CatalogueSearch, PRICE_BANDS } from "@luotian/contract"

// What a buyer can ask the catalogue: free text, facet filters, a price range, a sort and a page (shared with the
// storefront's direct search, see @luotian/contract catalogue-search).
export const CatalogueQuery = catalogueQuerySchema
export type CatalogueQuery = CatalogueSearch

export const FACET_FIELDS = CATALOGUE_FACETS
export { PRICE_BANDS }

export type FacetCounts = Record<(typeof FACET_FIELDS)[number], { value: string; count: number }[]> & {
  price: { key: string; from: number; to?: number; count: number }[]
}

export type CatalogueResult<T> = {
  hits: T[]
  count: number
  facets: FacetCounts
}

/** The facet filters of a query as equality filters on the document's fields. */
export function facetFilters(query: CatalogueQuery): Record<string, string> {
  const filters: Record<string, string> = {}
  for (const field of FACET_FIELDS) {
    const value = query[field]
    if (value) filters[field] = value
  }
  return filters
}
