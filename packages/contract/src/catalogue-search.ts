import { z } from "zod"
import type { CatalogueResult, PackSize, ProductCard } from "./catalogue"
import type { SellerType } from "./seller"

// What a buyer can ask the catalogue (GET /store/catalogue and the storefront's direct search), and how that
// question reads as Meilisearch queries and how the answer becomes cards: the backend route (through the Search
// Module) and the storefront (straight to Meilisearch with the public search key) answer alike.

export const catalogueQuerySchema = z
  .object({
    q: z.string().trim().max(200).optional(),
    category: z.string().max(64).optional(),
    grade: z.string().max(64).optional(),
    seller: z.string().max(64).optional(),
    town: z.string().max(64).optional(),
    price_min: z.coerce.number().nonnegative().optional(),
    price_max: z.coerce.number().nonnegative().optional(),
    in_stock: z.enum(["true", "false"]).transform((value) => value === "true").optional(),
    sort: z.enum(["relevance", "price_asc", "price_desc", "newest"]).default("relevance"),
    limit: z.coerce.number().int().min(1).max(100).default(12),
    offset: z.coerce.number().int().min(0).max(10000).default(0),
  })
  .strict()
  .refine((query) => query.price_min === undefined || query.price_max === undefined || query.price_min <= query.price_max, {
    message: "price_min must not be greater than price_max",
    path: ["price_min"],
  })

export type CatalogueSearch = z.infer<typeof catalogueQuerySchema>

export const CATALOGUE_FACETS = ["category", "grade", "seller", "town"] as const
export type CatalogueFacet = (typeof CATALOGUE_FACETS)[number]

// Price bands (CNY) a buyer narrows by; each counts the products priced from `from` up to below `to`.
export const PRICE_BANDS: { key: string; from: number; to?: number }[] = [
  { key: "0-50", from: 0, to: 50 },
  { key: "50-100", from: 50, to: 100 },
  { key: "100-200", from: 100, to: 200 },
  { key: "200-", from: 200 },
]

/** A catalogue document as the index holds it (the public fields of a product; see backend search/catalogue). */
export type CatalogueCardDoc = {
  id: string
  handle: string
  title: string
  title_en: string
  description: string
  description_en: string
  thumbnail: string | null
  category: string
  category_name: string
  category_name_en: string
  grade: string
  grade_name: string
  grade_name_en: string
  seller: string
  seller_name: string
  seller_name_en: string
  seller_type: string
  town: string
  town_en: string
  price_cny: number | null
  stock: number
  in_stock: boolean
  sizes: PackSize[]
  created_at: string
}

/** The product card a storefront renders, nested the way it reads. */
export function toCard(doc: CatalogueCardDoc): ProductCard {
  return {
    id: doc.id,
    handle: doc.handle,
    title: doc.title,
    title_en: doc.title_en,
    description: doc.description,
    description_en: doc.description_en,
    thumbnail: doc.thumbnail,
    category: { handle: doc.category, name: doc.category_name, name_en: doc.category_name_en },
    grade: { code: doc.grade, name: doc.grade_name, name_en: doc.grade_name_en },
    seller: { handle: doc.seller, name: doc.seller_name, name_en: doc.seller_name_en, type: doc.seller_type as SellerType },
    town: doc.town,
    town_en: doc.town_en,
    price_cny: doc.price_cny,
    currency_code: "cny",
    stock: doc.stock,
    in_stock: doc.in_stock,
    sizes: doc.sizes,
    created_at: doc.created_at,
  }
}

// Meilisearch shows a nested object's declared paths only (the index displays `sizes.price_cny`, not `sizes`).
const CARD_FIELDS = [
  "id", "handle", "title", "title_en", "description", "description_en", "thumbnail", "category", "category_name",
  "category_name_en", "grade", "grade_name", "grade_name_en", "seller", "seller_name", "seller_name_en", "seller_type",
  "town", "town_en", "price_cny", "stock", "in_stock", "created_at",
  ...["variant_id", "net_weight_g", "price_cny", "stock", "in_stock", "gtin"].map((field) => `sizes.${field}`),
]

// The Meilisearch provider keeps a date's timestamp beside it (`created_at__ts`) and sorts by that.
const SORT: Record<CatalogueSearch["sort"], string[]> = {
  relevance: [],
  price_asc: ["price_cny:asc"],
  price_desc: ["price_cny:desc"],
  newest: ["created_at__ts:desc"],
}

type Clause = { field: CatalogueFacet | "price" | "in_stock"; text: string }

function clauses(query: CatalogueSearch): Clause[] {
  const all: Clause[] = CATALOGUE_FACETS.filter((field) => query[field]).map((field) => ({
    field,
    text: `${field} = ${JSON.stringify(query[field])}`,
  }))
  if (query.in_stock) all.push({ field: "in_stock", text: "in_stock = true" })
  if (query.price_min !== undefined) all.push({ field: "price", text: `price_cny >= ${Number(query.price_min)}` })
  if (query.price_max !== undefined) all.push({ field: "price", text: `price_cny <= ${Number(query.price_max)}` })
  return all
}

const joined = (parts: string[]) => (parts.length ? parts.join(" AND ") : undefined)
const without = (all: Clause[], field: Clause["field"]) => all.filter((clause) => clause.field !== field).map((c) => c.text)

export type MeiliQuery = Record<string, unknown> & { indexUid: string }

/** The price band (its key) a price falls in, null without one: the index counts price bands as a facet. */
export function priceBand(price: number | null): string | null {
  if (price === null) return null
  return PRICE_BANDS.find((band) => price >= band.from && (band.to === undefined || price < band.to))?.key ?? null
}

// The document's field holding its price band (priceBand), a facet of the index.
const PRICE_BAND_FACET = "price_band"

/** What the page's own query cannot count: the count off a multiple of the page size, the bands under a price filter. */
const apart = (query: CatalogueSearch) => ({
  count: query.offset % query.limit !== 0,
  prices: query.price_min !== undefined || query.price_max !== undefined,
})

/**
 * The catalogue query as one Meilisearch multi-search, as few queries as it can be (each one searches the index
 * again): the page of hits, which counts exactly when the page starts at a multiple of its size (Meilisearch's
 * page mode) and with the facet counts, the price bands included; then the exact count for other offsets; then
 * the price bands counted without the price filter and each facet the buyer filters by counted without its own
 * filter (disjunctive, as the Search Module does), only for filters the query has.
 */
export function meiliCatalogueQueries(indexUid: string, query: CatalogueSearch): MeiliQuery[] {
  const all = clauses(query)
  const q = query.q ?? ""
  const filter = joined(all.map((clause) => clause.text))
  const counted = apart(query)
  const window = counted.count ? { offset: query.offset, limit: query.limit } : { page: query.offset / query.limit + 1, hitsPerPage: query.limit }
  const facets = [...CATALOGUE_FACETS, ...(counted.prices ? [] : [PRICE_BAND_FACET])]
  const relaxed = (field: Clause["field"], facet: string) => ({ indexUid, q, filter: joined(without(all, field)), facets: [facet], limit: 0 })
  const queries: MeiliQuery[] = [
    { indexUid, q, filter, sort: SORT[query.sort], ...window, facets, attributesToRetrieve: CARD_FIELDS },
  ]
  if (counted.count) queries.push({ indexUid, q, filter, page: 1, hitsPerPage: 0 })
  if (counted.prices) queries.push(relaxed("price", PRICE_BAND_FACET))
  for (const field of CATALOGUE_FACETS.filter((field) => query[field])) queries.push(relaxed(field, field))
  return queries
}

type MeiliResult = { hits?: unknown[]; totalHits?: number; estimatedTotalHits?: number; facetDistribution?: Record<string, Record<string, number>> }

const facetValues = (distribution: Record<string, number> = {}) =>
  Object.entries(distribution)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))

/** The catalogue's answer from the results of meiliCatalogueQueries (in the same order). */
export function catalogueFromMeili(query: CatalogueSearch, results: MeiliResult[], source: string): CatalogueResult {
  const [main, ...rest] = results
  const counted = apart(query)
  const total = counted.count ? rest.shift() : main
  const prices = counted.prices ? rest.shift() : main
  const filtered = CATALOGUE_FACETS.filter((field) => query[field])
  const facets = Object.fromEntries(
    CATALOGUE_FACETS.map((field) => {
      const at = filtered.indexOf(field)
      const distribution = (at < 0 ? main : rest[at])?.facetDistribution?.[field]
      return [field, facetValues(distribution)]
    })
  ) as CatalogueResult["facets"]
  const bands = prices?.facetDistribution?.[PRICE_BAND_FACET] ?? {}
  facets.price = PRICE_BANDS.map((band) => ({ ...band, count: bands[band.key] ?? 0 }))
  return {
    hits: ((main?.hits ?? []) as CatalogueCardDoc[]).map(toCard),
    count: total?.totalHits ?? main?.estimatedTotalHits ?? 0,
    limit: query.limit,
    offset: query.offset,
    facets,
    source,
  }
}

/** A facet value to be named: a product carrying it names it (facets hold codes, handles and Chinese town names). */
export type FacetKey = { field: CatalogueFacet; value: string }

/** The query for one product carrying a facet value, and nothing more (no facet counts, no exact count). */
export function meiliLabelQuery(indexUid: string, { field, value }: FacetKey): MeiliQuery {
  return { indexUid, q: "", filter: `${field} = ${JSON.stringify(value)}`, limit: 1, attributesToRetrieve: CARD_FIELDS }
}

/** The cards of Meilisearch's answers to queries for cards (meiliLabelQuery). */
export function cardsFromMeili(results: MeiliResult[]): ProductCard[] {
  return results.flatMap((result) => ((result.hits ?? []) as CatalogueCardDoc[]).map(toCard))
}

/** What the storefront needs to search the public index itself: where, which index, and a search-only key. */
export const publicSearchSchema = z.object({ host: z.string(), index: z.string(), key: z.string() })
export type PublicSearch = z.infer<typeof publicSearchSchema>
