import { cache } from "react"
import { productTag } from "./cache-tags"
import type { ProductCard } from "./catalogue"
import { readOrNull } from "./store-route"

/** GET /store/catalogue/:handle: the product's card, its images and its seller's village. */
export type ProductDetail = ProductCard & {
  images: { url: string }[]
  seller: ProductCard["seller"] & { village: string | null; village_en: string | null }
}

/** A product of the store by handle (cached; the backend revalidates its tag on change), or null when the store has none. */
export const productByHandle = cache(async (handle: string) => {
  const data = await readOrNull<{ product: ProductDetail }>(`/store/catalogue/${encodeURIComponent(handle)}`, 300, [productTag(handle)])
  return data?.product ?? null
})
