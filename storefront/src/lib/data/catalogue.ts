import { medusa } from "./client"

type Bilingual = { name: string; name_en: string }

/** One hit of GET /store/catalogue, as the backend's toCard shapes it. */
export type ProductCard = {
  id: string
  handle: string
  title: string
  title_en: string
  description: string
  description_en: string
  thumbnail: string | null
  category: Bilingual & { handle: string }
  grade: Bilingual & { code: string }
  seller: Bilingual & { handle: string; type: "cooperative" | "enterprise" | "household" | string }
  town: string
  town_en: string
  price_cny: number | null
  currency_code: string
  stock: number
  in_stock: boolean
  net_weight_g: number | null
  created_at: string
}

export type FacetValue = { value: string; count: number }

export type CatalogueResult = {
  hits: ProductCard[]
  count: number
  limit: number
  offset: number
  source: string
  facets: Partial<Record<"category" | "grade" | "seller" | "town", FacetValue[]>>
}

export type CatalogueParams = Partial<
  Record<"q" | "category" | "grade" | "seller" | "town" | "price_min" | "price_max" | "in_stock" | "sort" | "limit" | "offset", string>
>

/** Searches the catalogue (cached 60 s); null when the backend cannot be reached or refuses, so pages can say so. */
export async function searchCatalogue(params: CatalogueParams): Promise<CatalogueResult | null> {
  const query = Object.fromEntries(Object.entries(params).filter(([, value]) => value))
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
