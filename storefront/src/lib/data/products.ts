import type { ProductDetail } from "@luotian/contract"
import { cache } from "react"
import { productTag } from "./cache-tags"
import { readOrNull } from "./store-route"

/** A product of the store by handle (cached; the backend revalidates its tag on change), or null when the store has none. */
export const productByHandle = cache(async (handle: string) => {
  const data = await readOrNull<{ product: ProductDetail }>(`/store/catalogue/${encodeURIComponent(handle)}`, 300, [productTag(handle)])
  return data?.product ?? null
})
