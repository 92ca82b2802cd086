// Pure: the line items of a purchase grouped by the seller of each item's product.
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
}

export function groupBySeller(items: PurchaseItem[]) {
  const groups = new Map<string, PurchaseItem[]>()
  for (const item of items) {
    if (!item.seller_id) throw new Error(`Line item ${item.id} has no seller`)
    groups.set(item.seller_id, [...(groups.get(item.seller_id) ?? []), item])
  }
  return [...groups].map(([seller_id, items]) => ({ seller_id, items }))
}
