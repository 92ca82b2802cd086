import { SUGGESTIONS, toSuggestion, type CatalogueResult, type FacetKey, type ProductCard, type Suggestion } from "@luotian/contract"
import { medusa } from "./client"
import { labelCardDirect, searchDirect } from "./direct-search"

type Bilingual = { name: string; name_en: string }

type LabelledFacet = "category" | "grade" | "seller" | "town"

export type CatalogueParams = Partial<
  Record<"q" | "category" | "grade" | "seller" | "town" | "price_min" | "price_max" | "in_stock" | "sort" | "limit" | "offset", string>
>

/**
 * Searches the catalogue (cached 60 s unless `kept` is false): Meilisearch directly when the store has it, else (or
 * when that fails) the backend's catalogue route; null when neither answers, so pages can say so.
 */
export async function searchCatalogue(params: CatalogueParams, { kept = true } = {}): Promise<CatalogueResult | null> {
  const query = Object.fromEntries(Object.entries(params).filter(([, value]) => value)) as Record<string, string>
  const direct = await searchDirect(query, { kept })
  if (direct) return direct
  try {
    return await medusa().client.fetch<CatalogueResult>("/store/catalogue", {
      query,
      next: { revalidate: 60, tags: ["catalogue"] },
    })
  } catch (error) {
    console.error(`storefront: catalogue search failed: ${(error as Error).message}`)
    return null
  }
}

/** The newest premium-grade products in stock, or the newest of any grade while none is premium. */
export async function featuredProducts(limit = 8): Promise<ProductCard[] | null> {
  const base = { in_stock: "true", sort: "newest", limit: String(limit) }
  const premium = await searchCatalogue({ ...base, grade: "special" })
  if (!premium || premium.hits.length) return premium?.hits ?? null
  return (await searchCatalogue(base))?.hits ?? null
}

export type FacetLabels = Record<LabelledFacet, Map<string, Bilingual>>

// Facet values are codes, handles and Chinese town names; a hit carries their names in both languages.
const LABEL: Record<LabelledFacet, (hit: ProductCard) => [string, Bilingual]> = {
  category: (hit) => [hit.category.handle, hit.category],
  grade: (hit) => [hit.grade.code, hit.grade],
  seller: (hit) => [hit.seller.handle, hit.seller],
  town: (hit) => [hit.town, { name: hit.town, name_en: hit.town_en }],
}
const MAX_LOOKUPS = 24
// The four categories are named by the storefront's own texts (src/lib/i18n/categories.ts).
const LOOKED_UP = ["grade", "seller", "town"] as const

/**
 * Names every facet value (and every value the buyer filters by) in both languages: from the hits on the page,
 * else from one product carrying the value (a cached one-hit search: of Meilisearch, for nothing else, or of the
 * backend's catalogue), else the raw value stays.
 */
export async function labelFacets(result: CatalogueResult, chosen: Partial<Record<LabelledFacet, string>>): Promise<FacetLabels> {
  const fields = Object.keys(LABEL) as LabelledFacet[]
  const labels = Object.fromEntries(fields.map((field) => [field, new Map<string, Bilingual>()])) as FacetLabels
  const learn = (hit: ProductCard) => {
    for (const field of fields) {
      const [value, { name, name_en }] = LABEL[field](hit)
      labels[field].set(value, { name, name_en })
    }
  }
  result.hits.forEach(learn)
  const missing = LOOKED_UP.flatMap((field) =>
    [...(result.facets[field] ?? []).map((facet) => facet.value), chosen[field] ?? ""]
      .filter((value) => value && !labels[field].has(value))
      .map((value) => ({ field, value }))
  )
  const found = await labelCards(missing.slice(0, MAX_LOOKUPS))
  found.forEach(learn)
  return labels
}

/** One product carrying each value, each asked apart and kept 60 s: the same values recur from page to page. */
async function labelCards(wanted: FacetKey[]): Promise<ProductCard[]> {
  const found = await Promise.all(
    wanted.map(async (key) => (await labelCardDirect(key)) ?? (await searchCatalogue({ [key.field]: key.value, limit: "1" }))?.hits ?? [])
  )
  return found.flat()
}

/**
 * The first few products a partly typed query finds, for the instant search box; null when the backend fails. Not
 * kept in the data cache: browsers keep each answer, and the front keeps a busy one.
 */
export async function suggestProducts(q: string): Promise<Suggestion[] | null> {
  return (await searchCatalogue({ q, limit: String(SUGGESTIONS) }, { kept: false }))?.hits.map(toSuggestion) ?? null
}
