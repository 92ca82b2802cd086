import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { productRows } from "../../lib/product-rows"
import { productHandle } from "./work"

type Query = Omit<RemoteQueryFunction, symbol>
export type Existing = {
  product_id: string
  category: string
  name_code: string
  grade_code: string
  sizes: { variant_id: string; net_weight_g: number; price_cny: number; stock: number }[]
}

export const FIELDS = [
  "id", "handle", "description", "metadata", "seller.id", "categories.handle", "listing.name_code", "listing.grade_code",
  "variants.id", "variants.weight", "variants.ean", "variants.prices.*", "variants.inventory_items.inventory.location_levels.stocked_quantity",
]
export const cnyPrice = (variant: any) => Number(variant.prices?.find((p: any) => p.currency_code === "cny")?.amount)
export const stockOf = (variant: any) =>
  (variant.inventory_items?.[0]?.inventory?.location_levels ?? []).reduce((sum: number, l: any) => sum + Number(l.stocked_quantity), 0)

/** The listings the sheet's codes name: the seller's own, or null where the handle is another seller's product. */
export async function existingListings(query: Query, seller: { id: string; handle: string }, codes: string[]) {
  const handles = [...new Set(codes.map((code) => productHandle(seller, code.trim())))]
  const found = new Map<string, Existing | null>()
  for (let i = 0; i < handles.length; i += 1000) {
    for (const p of await productRows(query, FIELDS, { handle: handles.slice(i, i + 1000) })) {
      const code = p.handle.slice(seller.handle.length + 1)
      found.set(code, p.seller?.id !== seller.id || !p.listing ? null : {
        product_id: p.id,
        category: p.categories?.[0]?.handle,
        name_code: p.listing.name_code,
        grade_code: p.listing.grade_code,
        sizes: p.variants.map((v: any) => ({ variant_id: v.id, net_weight_g: Number(v.weight), price_cny: cnyPrice(v), stock: stockOf(v) })),
      })
    }
  }
  return found
}
