// First-expiring-first-out: which lots' packs a shipped line takes. Pure; the workflow reads and writes around it.

export type Available = { receipt_id: string; lot_id: string; best_before: string | null; produced_on: string; packs: number }
export type Allocation = { receipt_id: string; lot_id: string; packs: number }

const time = (day: string | null) => (day === null ? Number.POSITIVE_INFINITY : new Date(day).getTime())

/**
 * Takes `packs` from the receipts whose lot expires first (no best-before last; then the older lot first). When the
 * lots hold fewer packs, the rest stays unallocated: stock the seller had before it received lots.
 */
export function allocateFefo(available: Available[], packs: number): Allocation[] {
  const order = [...available]
    .filter((a) => a.packs > 0)
    .sort((a, b) => time(a.best_before) - time(b.best_before) || time(a.produced_on) - time(b.produced_on) || a.receipt_id.localeCompare(b.receipt_id))
  const taken: Allocation[] = []
  let left = packs
  for (const a of order) {
    if (left === 0) break
    const take = Math.min(left, a.packs)
    taken.push({ receipt_id: a.receipt_id, lot_id: a.lot_id, packs: take })
    left -= take
  }
  return taken
}
