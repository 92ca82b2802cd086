// Pure rules of a recall: what a withdrawn lot takes off sale. Counts are whole packs of one size (a variant).

export type Receipt = { id: string; variant_id: string; packs: number }
export type Shipped = { receipt_id: string; packs: number; returned: number }

/** Packs of each size the receipts still hold: received, less those shipped, plus those returned. */
export function packsLeft(receipts: Receipt[], allocations: Shipped[]): Map<string, number> {
  const shipped = new Map<string, number>()
  for (const a of allocations) shipped.set(a.receipt_id, (shipped.get(a.receipt_id) ?? 0) + a.packs - a.returned)
  const left = new Map<string, number>()
  for (const r of receipts) left.set(r.variant_id, (left.get(r.variant_id) ?? 0) + Math.max(0, r.packs - (shipped.get(r.id) ?? 0)))
  return left
}

/**
 * How many packs of each size leave the stock when a lot is withdrawn: what the lot still holds, but never so many
 * that the stock falls below what the seller's other active lots hold (stock is the sum of the lots' remaining, plus
 * any the seller had before lots; an edit of the stock by hand may have taken some already). Sizes losing nothing
 * are left out.
 */
export function withdrawnPacks(lot: Map<string, number>, others: Map<string, number>, stocked: Map<string, number>): Map<string, number> {
  const off = new Map<string, number>()
  for (const [variant, left] of lot) {
    const take = Math.min(left, Math.max(0, (stocked.get(variant) ?? 0) - (others.get(variant) ?? 0)))
    if (take > 0) off.set(variant, take)
  }
  return off
}
