import { MedusaError } from "@medusajs/framework/utils"
import { bySeller } from "../../lib/delivery"

// Pure: the line items of a purchase grouped by seller (lib/delivery.ts), each group with the shipping method the
// buyer chose for that seller (matched by the seller's shipping profile): one seller order each.
export type PurchaseItem = {
  id: string
  title: string
  subtitle?: string | null
  thumbnail?: string | null
  quantity: number
  unit_price: number
  variant_id?: string | null
  product_id?: string | null
  variant_sku?: string | null
  variant_title?: string | null
  product_title?: string | null
  product_handle?: string | null
  seller_id: string | null
  shipping_profile_id: string | null
}

export type PurchaseShippingMethod = {
  name: string
  amount: number
  shipping_option_id: string | null
  shipping_profile_id: string | null
  data?: Record<string, unknown> | null
}

export function groupBySeller(items: PurchaseItem[], methods: PurchaseShippingMethod[] = []) {
  const lines = items.map((item) => {
    if (!item.seller_id) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Line item ${item.id} has no seller`)
    return { ...item, seller_id: item.seller_id }
  })
  return bySeller(lines).map(({ seller_id, profiles, lines }) => ({
    seller_id,
    items: lines.map(({ seller_id: _seller, shipping_profile_id: _profile, ...item }) => item),
    shipping_methods: methods
      .filter((method) => profiles.has(method.shipping_profile_id))
      .map(({ shipping_profile_id: _profile, ...method }) => method),
  }))
}
