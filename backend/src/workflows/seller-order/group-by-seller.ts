// Pure: the line items of a purchase grouped by the seller of each item's product, each group with
// the shipping method the buyer chose for that seller (matched by the seller's shipping profile).
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
  const groups = new Map<string, PurchaseItem[]>()
  for (const item of items) {
    if (!item.seller_id) throw new Error(`Line item ${item.id} has no seller`)
    groups.set(item.seller_id, [...(groups.get(item.seller_id) ?? []), item])
  }
  return [...groups].map(([seller_id, items]) => {
    const profiles = new Set(items.map((item) => item.shipping_profile_id))
    return {
      seller_id,
      items: items.map(({ seller_id: _seller, shipping_profile_id: _profile, ...item }) => item),
      shipping_methods: methods
        .filter((method) => profiles.has(method.shipping_profile_id))
        .map(({ shipping_profile_id: _profile, ...method }) => method),
    }
  })
}
