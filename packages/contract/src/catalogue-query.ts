// The state of a category or search page, all of it in the URL query so a result page can be shared and reloaded,
// and its canonical form: the storefront's pages and middleware and its front (which sends each page to the Next
// process that keeps it) must agree on which queries are one page.

export const SORTS = ["relevance", "price_asc", "price_desc", "newest"] as const
export type Sort = (typeof SORTS)[number]
export const FACETS = ["grade", "seller", "town"] as const
export type FacetField = (typeof FACETS)[number]
export type PriceField = "price_min" | "price_max"

export type CatalogueState = {
  q: string
  category: string
  grade: string
  seller: string
  town: string
  /** As the buyer typed them (yuan), so a wrong entry is shown back rather than lost. */
  price_min: string
  price_max: string
  in_stock: boolean
  sort: Sort
  page: number
}

export type CatalogueSearchParams = Record<string, string | string[] | undefined>

const MAX_PAGE = 400
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? ""
const text = (value: string | string[] | undefined, max: number) => one(value).slice(0, max)
// A Chinese keyboard may type full-width digits and points (５０．５).
const halfWidth = (value: string) => value.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))

export function parseCatalogueQuery(search: CatalogueSearchParams): CatalogueState {
  const sort = one(search.sort) as Sort
  return {
    q: text(search.q, 100),
    category: text(search.category, 64),
    grade: text(search.grade, 64),
    seller: text(search.seller, 64),
    town: text(search.town, 64),
    price_min: halfWidth(text(search.price_min, 12)),
    price_max: halfWidth(text(search.price_max, 12)),
    in_stock: one(search.in_stock) === "true",
    sort: SORTS.includes(sort) ? sort : "relevance",
    page: Math.max(1, Math.min(MAX_PAGE, Number.parseInt(one(search.page), 10) || 1)),
  }
}

/** The query string of a state, in a fixed order and without defaults, so equal states share one URL. */
export function catalogueSearch(state: CatalogueState): URLSearchParams {
  const search = new URLSearchParams()
  for (const key of ["q", "category", "grade", "seller", "town", "price_min", "price_max"] as const) {
    if (state[key]) search.set(key, state[key])
  }
  if (state.in_stock) search.set("in_stock", "true")
  if (state.sort !== "relevance") search.set("sort", state.sort)
  if (state.page > 1) search.set("page", String(state.page))
  return search
}

// The key of a state's cached page (app/[locale]/[key]): its canonical query string in base64url, so equal
// states share one page and unknown parameters never reach the cache. A longer key (a very long query) gets none and
// the page renders per request: keys stay valid file names in Next's cache.
const MAX_KEY_LENGTH = 200
const KEY_PREFIX = "s"

/** The cache key of a state, or null when it is too long to cache. */
export function catalogueKey(state: CatalogueState): string | null {
  const bytes = new TextEncoder().encode(catalogueSearch(state).toString())
  const base64 = btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")
  const key = KEY_PREFIX + base64
  return key.length <= MAX_KEY_LENGTH ? key : null
}

/** The state of a page's URL query, read as Next reads it (every value of a repeated parameter). */
export function stateOfSearch(search: URLSearchParams): CatalogueState {
  return parseCatalogueQuery(Object.fromEntries([...search.keys()].map((name) => [name, search.getAll(name)])))
}

/** The cache key of a page's URL query. */
export function catalogueKeyOfSearch(search: URLSearchParams): string | null {
  return catalogueKey(stateOfSearch(search))
}

/**
 * Whether a catalogue URL's query searches for words: such a page is the search page, whose results the buyer's
 * browser draws (the middleware and the front serve every one of them the same page).
 */
export function isSearchQuery(search: URLSearchParams): boolean {
  return parseCatalogueQuery({ q: search.getAll("q") }).q !== ""
}

/** The state a cache key stands for; null unless the key is exactly the one catalogueKey gives that state. */
export function stateFromKey(key: string): CatalogueState | null {
  if (!key.startsWith(KEY_PREFIX) || key.length > MAX_KEY_LENGTH || !/^[A-Za-z0-9_-]*$/.test(key)) return null
  try {
    const binary = atob(key.slice(KEY_PREFIX.length).replace(/-/g, "+").replace(/_/g, "/"))
    const query = new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))
    const state = parseCatalogueQuery(Object.fromEntries(new URLSearchParams(query)))
    return catalogueKey(state) === key ? state : null
  } catch {
    return null
  }
}
