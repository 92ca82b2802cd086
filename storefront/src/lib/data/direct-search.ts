import {
  cardsFromMeili,
  catalogueFromMeili,
  catalogueQuerySchema,
  meiliCatalogueQueries,
  meiliLabelQuery,
  publicSearchSchema,
  type CatalogueResult,
  type FacetKey,
  type MeiliQuery,
  type ProductCard,
  type PublicSearch,
} from "@luotian/contract"
import { medusa } from "./client"

// The buyer's search straight from this server to Meilisearch, with the backend's search-only key for the public
// product index (GET /store/search-key): no Medusa route in between. Without Meilisearch (the backend answers
// 404), or when the direct search fails, searchCatalogue asks the backend's catalogue route instead.
const KEY_TTL_MS = 60_000

let known: { search: PublicSearch | null; until: number } | undefined

async function publicSearch(): Promise<PublicSearch | null> {
  if (known && known.until > Date.now()) return known.search
  try {
    const found = await medusa().client.fetch<unknown>("/store/search-key", { next: { revalidate: 60 } })
    known = { search: publicSearchSchema.parse(found), until: Date.now() + KEY_TTL_MS }
  } catch (error) {
    // 404: this store searches through the backend; anything else: try again on the next search.
    const status = (error as { status?: number }).status
    known = status === 404 ? { search: null, until: Date.now() + KEY_TTL_MS } : undefined
  }
  return known?.search ?? null
}

/**
 * The catalogue's answer from Meilisearch itself, kept 60 s in Next's data cache like the backend's unless `kept` is
 * false (the search box's queries: nearly every one is asked once, and keeping it costs a file write); null when
 * not possible.
 */
export async function searchDirect(params: Record<string, string>, { kept = true } = {}): Promise<CatalogueResult | null> {
  const query = catalogueQuerySchema.safeParse(params)
  if (!query.success) return null
  const results = await multiSearch((index) => meiliCatalogueQueries(index, query.data), kept)
  return results && catalogueFromMeili(query.data, results, "meilisearch-direct")
}

/** One product carrying a facet value (none when no product does), kept 60 s; null when not possible. */
export async function labelCardDirect(key: FacetKey): Promise<ProductCard[] | null> {
  const results = await multiSearch((index) => [meiliLabelQuery(index, key)], true)
  return results && cardsFromMeili(results)
}

type MeiliResults = Parameters<typeof catalogueFromMeili>[1]

/** Meilisearch's results for the queries made for the public index, kept 60 s unless `kept` is false; null on failure. */
async function multiSearch(queries: (index: string) => MeiliQuery[], kept: boolean): Promise<MeiliResults | null> {
  const search = await publicSearch()
  if (!search) return null
  try {
    const response = await fetch(`${search.host}/multi-search`, {
      method: "POST",
      // Uncompressed: Meilisearch is next to this server, and its gzipped answers wait some 40 ms on a kept-alive
      // connection (Meilisearch 1.21, bench/README.md) besides the CPU gzip costs both sides.
      headers: { "content-type": "application/json", authorization: `Bearer ${search.key}`, "accept-encoding": "identity" },
      body: JSON.stringify({ queries: queries(search.index) }),
      ...(kept ? { next: { revalidate: 60, tags: ["catalogue"] } } : { cache: "no-store" as const }),
    })
    if (!response.ok) throw new Error(`Meilisearch answered ${response.status}`)
    return (await response.json()).results
  } catch (error) {
    // A reindex that changed the index's name, a key revoked, Meilisearch down: ask the backend for a new key later.
    known = undefined
    console.error(`storefront: direct search failed: ${(error as Error).message}`)
    return null
  }
}
