import type { LotOnSale, ProductDetail } from "@luotian/contract"
import { cache } from "react"
import { productTag } from "./cache-tags"
import { readOrNull } from "./store-route"

/** A product of the store by handle (cached; the backend revalidates its tag on change), or null when the store has none. */
export const productByHandle = cache(async (handle: string) => {
  const data = await readOrNull<{ product: ProductDetail }>(`/store/catalogue/${encodeURIComponent(handle)}`, 300, [productTag(handle)])
  return data?.product ?? null
})

/** The lot a product's next package ships from, or null (re-read at most once a minute: shipping moves it on). */
export const lotOnSale = cache(async (handle: string) => {
  const data = await readOrNull<{ lot: LotOnSale | null }>(`/store/catalogue/${encodeURIComponent(handle)}/lot`, 60, [productTag(handle)])
  return data?.lot ?? null
})
