import {
  learnLabels,
  SUGGESTIONS,
  toSuggestion,
  unlabelled,
  type CatalogueResult,
  type FacetKey,
  type FacetLabels,
  type ProductCard,
  type Suggestion,
} from "@luotian/contract"
import { medusa } from "./client"
import { labelCardDirect, searchDirect } from "./direct-search"

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

/**
 * Names every facet value (and every value the buyer filters by) in both languages: from the hits on the page,
 * else from one product carrying the value (a cached one-hit search: of Meilisearch, for nothing else, or of the
 * backend's catalogue), else the raw value stays.
 */
export async function labelFacets(result: CatalogueResult, chosen: Partial<Record<FacetKey["field"], string>>): Promise<FacetLabels> {
  const labels = learnLabels(result.hits)
  return learnLabels(await labelCards(unlabelled(result, labels, chosen)), labels)
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
