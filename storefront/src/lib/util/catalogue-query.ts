import { catalogueSearch, FACETS, type CatalogueState, type FacetField, type PriceField } from "@luotian/contract"
import type { Locale } from "../i18n/locales"
import { centsToDecimal, toCents } from "./money"

// The state of a category or search page and its canonical form are the contract's (catalogue-query.ts): the front
// routes each page by it. What only the pages need is here.
export {
  catalogueKey,
  catalogueKeyOfSearch,
  catalogueSearch,
  FACETS,
  isSearchQuery,
  parseCatalogueQuery,
  SORTS,
  stateFromKey,
  stateOfSearch,
  type CatalogueState,
  type FacetField,
  type PriceField,
  type Sort,
} from "@luotian/contract"

export type PriceError = { field: PriceField; reason: "format" | "order" }

// Whole yuan or yuan and cents, as the backend's prices are.
const YUAN = /^\d{1,7}(?:\.\d{1,2})?$/

/** What is wrong with the price range the buyer typed; empty when the range can be searched. */
export function priceErrors(state: Pick<CatalogueState, PriceField>): PriceError[] {
  const errors: PriceError[] = []
  for (const field of ["price_min", "price_max"] as const) {
    if (state[field] && !YUAN.test(state[field])) errors.push({ field, reason: "format" })
  }
  if (!errors.length && state.price_min && state.price_max && toCents(state.price_min) > toCents(state.price_max)) {
    errors.push({ field: "price_min", reason: "order" })
  }
  return errors
}

/** The page of a state changed by `changes`; any change but the page's own starts again on page 1. */
export function cataloguePath(locale: Locale, state: CatalogueState, changes: Partial<CatalogueState> = {}) {
  const search = catalogueSearch({ ...state, page: 1, ...changes }).toString()
  return `/${locale}/products${search ? `?${search}` : ""}`
}

/** The backend's query for a state; a price the buyer mistyped is left out (the page says why). */
export function backendQuery(state: CatalogueState, pageSize: number): Record<string, string> {
  const valid = priceErrors(state).length === 0
  const query: Record<string, string> = {
    limit: String(pageSize),
    offset: String((state.page - 1) * pageSize),
    ...(state.sort !== "relevance" && { sort: state.sort }),
    ...(state.in_stock && { in_stock: "true" }),
    ...(valid && state.price_min && { price_min: state.price_min }),
    ...(valid && state.price_max && { price_max: state.price_max }),
  }
  for (const key of ["q", "category", ...FACETS] as const) {
    if (state[key]) query[key] = state[key]
  }
  return query
}

/** A price band [from, to) as the inclusive range the backend filters by: up to a cent below `to`. */
export function bandRange(from: number, to?: number): Pick<CatalogueState, PriceField> {
  return {
    price_min: from > 0 ? String(from) : "",
    price_max: to === undefined ? "" : centsToDecimal(toCents(to) - 1n, false),
  }
}

/** The filters a buyer has set, each removable on its own. */
export function activeFilters(state: CatalogueState) {
  const active: { key: FacetField | "category" | "price" | "in_stock"; value: string; without: Partial<CatalogueState> }[] = []
  if (state.category) active.push({ key: "category", value: state.category, without: { category: "", grade: "", seller: "", town: "" } })
  for (const key of FACETS) if (state[key]) active.push({ key, value: state[key], without: { [key]: "" } })
  if (state.price_min || state.price_max) {
    active.push({ key: "price", value: `${state.price_min}–${state.price_max}`, without: { price_min: "", price_max: "" } })
  }
  if (state.in_stock) active.push({ key: "in_stock", value: "true", without: { in_stock: false } })
  return active
}
