import { z } from "@medusajs/framework/zod"

// What a buyer can ask the catalogue: free text, facet filters, a price range, a sort and a page.
export const CatalogueQuery = z
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

export type CatalogueQuery = z.infer<typeof CatalogueQuery>

export const FACET_FIELDS = ["category", "grade", "seller", "town"] as const

// Price bands (CNY) a buyer narrows by; each counts the products priced from `from` up to below `to`.
export const PRICE_BANDS = [
  { key: "0-50", from: 0, to: 50 },
  { key: "50-100", from: 50, to: 100 },
  { key: "100-200", from: 100, to: 200 },
  { key: "200-", from: 200 },
]

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
