import type { ISearchModuleService } from "@medusajs/framework/types"
import { CatalogueDocument } from "./document"
import { CatalogueQuery, CatalogueResult, FACET_FIELDS, FacetCounts, facetFilters, PRICE_BANDS } from "./query"

const ORDER: Record<CatalogueQuery["sort"], Record<string, "ASC" | "DESC"> | undefined> = {
  relevance: undefined,
  price_asc: { price_cny: "ASC" },
  price_desc: { price_cny: "DESC" },
  newest: { created_at: "DESC" },
}

function filtersOf(query: CatalogueQuery) {
  const filters: Record<string, unknown> = { ...facetFilters(query) }
  if (query.q) filters.q = query.q
  if (query.in_stock) filters.in_stock = true
  if (query.price_min !== undefined || query.price_max !== undefined) {
    filters.price_cny = {
      ...(query.price_min !== undefined && { $gte: query.price_min }),
      ...(query.price_max !== undefined && { $lte: query.price_max }),
    }
  }
  return filters
}

/** Answers a catalogue query from the search engine behind the Search Module. */
export async function searchEngine(
  search: ISearchModuleService,
  query: CatalogueQuery
): Promise<CatalogueResult<CatalogueDocument>> {
  const result = await search.search({
    entity: "product",
    filters: filtersOf(query) as any,
    pagination: { skip: query.offset, take: query.limit, order: ORDER[query.sort] },
    search_options: {
      facets: [...FACET_FIELDS, { field: "price_cny", type: "range", ranges: PRICE_BANDS }],
      disjunctive_facets: true,
      count: "exact",
    },
  })
  const facets = {} as FacetCounts
  for (const field of FACET_FIELDS) {
    const facet = (result.facets as any)?.[field]
    facets[field] = facet?.type === "value" ? facet.values : []
  }
  const price = (result.facets as any)?.price_cny
  facets.price = PRICE_BANDS.map((band) => ({ ...band, count: price?.ranges?.find((r: any) => r.key === band.key)?.count ?? 0 }))
  return {
    hits: result.hits.map((hit) => hit.document as unknown as CatalogueDocument),
    count: result.metadata.count ?? result.hits.length,
    facets,
  }
}
