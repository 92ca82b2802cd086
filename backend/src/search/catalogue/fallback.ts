import { productRows } from "../../lib/product-rows"
import { CatalogueDocument, PRODUCT_GRAPH_FIELDS, toCatalogueDocument } from "./document"
import { termScore } from "./match"
import { CatalogueQuery, CatalogueResult, FACET_FIELDS, FacetCounts, facetFilters, PRICE_BANDS } from "./query"

type Graph = (config: Record<string, unknown>) => Promise<{ data: any[] }>

// Degraded mode: used when the search engine is down, or when it cannot read the query (the Postgres
// provider's full-text search has no Chinese tokenizer, nor synonyms). It reads the newest published products
// from Postgres, builds their documents and matches every term of the query, with its synonyms, in their
// searchable fields (pinyin included) by substring (./match.ts): it finds Chinese words but no typos.
const MAX_CANDIDATES = 2000

function matches(doc: CatalogueDocument, query: CatalogueQuery, skip?: string) {
  if (skip === "price") return matches(doc, { ...query, price_min: undefined, price_max: undefined })
  const filters = facetFilters(query)
  for (const [field, value] of Object.entries(filters)) {
    if (field !== skip && doc[field as keyof CatalogueDocument] !== value) return false
  }
  if (query.in_stock && !doc.in_stock) return false
  const price = doc.price_cny ?? 0
  if (query.price_min !== undefined && price < query.price_min) return false
  if (query.price_max !== undefined && price > query.price_max) return false
  return true
}

function facetCounts(docs: CatalogueDocument[], query: CatalogueQuery): FacetCounts {
  const facets = {} as FacetCounts
  for (const field of FACET_FIELDS) {
    const counts = new Map<string, number>()
    // Each facet ignores its own filter, like the engine's disjunctive facets.
    for (const doc of docs.filter((d) => matches(d, query, field))) {
      counts.set(doc[field], (counts.get(doc[field]) ?? 0) + 1)
    }
    facets[field] = [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count)
  }
  const priced = docs.filter((doc) => matches(doc, query, "price"))
  facets.price = PRICE_BANDS.map((band) => ({
    ...band,
    count: priced.filter((doc) => (doc.price_cny ?? 0) >= band.from && (band.to === undefined || (doc.price_cny ?? 0) < band.to)).length,
  }))
  return facets
}

type Scored = { doc: CatalogueDocument; score: number }

function compare(sort: CatalogueQuery["sort"]) {
  const price = ({ doc }: Scored) => doc.price_cny ?? 0
  if (sort === "price_asc") return (a: Scored, b: Scored) => price(a) - price(b)
  if (sort === "price_desc") return (a: Scored, b: Scored) => price(b) - price(a)
  const newest = (a: Scored, b: Scored) => b.doc.created_at.localeCompare(a.doc.created_at)
  return sort === "newest" ? newest : (a: Scored, b: Scored) => b.score - a.score || newest(a, b)
}

/** `terms`: the query's words with their synonyms (modules/synonym/rules.ts' expandQuery); none without a query. */
export async function searchPostgres(graph: Graph, query: CatalogueQuery, terms: string[][] = []): Promise<CatalogueResult<CatalogueDocument>> {
  // Read as the index's rebuild reads (lib/product-rows.ts): one graph with categories costs time quadratic in the
  // products read.
  const data = await productRows({ graph }, PRODUCT_GRAPH_FIELDS, { status: "published" }, { take: MAX_CANDIDATES, order: { created_at: "DESC" } })
  const docs = data
    .map(toCatalogueDocument)
    .filter((doc): doc is CatalogueDocument => doc !== null)
    .map((doc) => ({ doc, score: terms.length ? termScore(doc, terms) : 1 }))
    .filter(({ score }) => score > 0)
  const scored = docs.filter(({ doc }) => matches(doc, query)).sort(compare(query.sort))
  const hits = scored.map(({ doc }) => doc)
  return {
    hits: hits.slice(query.offset, query.offset + query.limit),
    count: hits.length,
    facets: facetCounts(docs.map(({ doc }) => doc), query),
  }
}
