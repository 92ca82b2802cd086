import { medusa } from "./client"

export type ProductCard = {
  id: string
  handle: string
  title: string
  title_en: string
  description: string
  description_en: string
  thumbnail: string | null
  category: { handle: string; name: string; name_en: string }
  grade: { code: string; name: string; name_en: string }
  seller: { handle: string; name: string; name_en: string; type: string }
  town: string
  town_en: string
  price_cny: number | null
  stock: number
  in_stock: boolean
  net_weight_g: number | null
}

export type FacetValue = { value: string; count: number }

export type CatalogueResult = {
  hits: ProductCard[]
  count: number
  limit: number
  offset: number
  source: string
  facets: Record<"category" | "grade" | "seller" | "town", FacetValue[]>
}

export type CatalogueParams = Partial<Record<"q" | "category" | "grade" | "seller" | "town" | "in_stock" | "sort" | "limit" | "offset", string>>

/** Searches the catalogue; null when the backend cannot be reached, so pages can say so. */
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
