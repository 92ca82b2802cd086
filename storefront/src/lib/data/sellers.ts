import type { SellerProfile } from "@luotian/contract"
import { cache } from "react"
import { searchCatalogue } from "./catalogue"
import { medusa } from "./client"
import { readOrNull } from "./store-route"

/** Who sells a product, as its card shows it. */
export type SellerSummary = Omit<SellerProfile, "story" | "story_en" | "logo" | "member_count">

/** An active seller by handle (cached 60 s), or null when the store has none. */
export const sellerByHandle = cache(async (handle: string) => {
  const data = await readOrNull<{ seller: SellerProfile }>(`/store/sellers/${encodeURIComponent(handle)}`, 60, ["sellers"])
  return data?.seller ?? null
})

/** The cooperatives with the most member households (cached; refreshed with the catalogue); null when unreachable. */
export async function featuredCooperatives(limit = 4): Promise<SellerProfile[] | null> {
  try {
    const data = await medusa().client.fetch<{ sellers: SellerProfile[] }>("/store/sellers", {
      query: { type: "cooperative", limit: String(limit) },
      next: { revalidate: 300, tags: ["sellers"] },
    })
    return data.sellers
  } catch (error) {
    console.error(`storefront: cooperatives could not be read: ${(error as Error).message}`)
    return null
  }
}

/** The seller's products in the store, newest first; throws when the catalogue cannot answer. */
export async function sellerProducts(handle: string) {
  const result = await searchCatalogue({ seller: handle, sort: "newest", limit: "100" })
  if (!result) throw new Error(`The catalogue could not list the products of ${handle}`)
  return result
}
