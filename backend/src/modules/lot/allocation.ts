// First-expiring-first-out: which lots' packs a shipped line takes. Pure; the workflow reads and writes around it.

export type Available = { receipt_id: string; lot_id: string; best_before: string | null; produced_on: string; packs: number }
export type Allocation = { receipt_id: string; lot_id: string; packs: number }

const time = (day: string | null) => (day === null ? Number.POSITIVE_INFINITY : new Date(day).getTime())
type Dated = { receipt_id: string; best_before: string | null; produced_on: string }
/** FEFO's order: the lot expiring first (no best-before last), then the older lot, then the receipt's id. */
const fefo = (a: Dated, b: Dated) =>
  time(a.best_before) - time(b.best_before) || time(a.produced_on) - time(b.produced_on) || a.receipt_id.localeCompare(b.receipt_id)

/**
 * Takes `packs` from the receipts whose lot expires first (no best-before last; then the older lot first). When the
 * lots hold fewer packs, the rest stays unallocated: stock the seller had before it received lots.
 */
export function allocateFefo(available: Available[], packs: number): Allocation[] {
  const order = [...available]
    .filter((a) => a.packs > 0)
    .sort(fefo)
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

export type Allocated = Dated & { id: string; lot_id: string; packs: number; returned: number }
export type Returned = { id: string; lot_id: string; packs: number }

/**
 * Takes `packs` of a returned line back from its allocations, last allocated first (FEFO in reverse), each at most
 * what it still holds. Null when the line's allocations hold fewer packs: what never came from a lot has no lot to
 * go back to.
 */
export function returnFefo(allocations: Allocated[], packs: number): Returned[] | null {
  const order = allocations.filter((a) => a.packs > a.returned).sort(fefo).reverse()
  const back: Returned[] = []
  let left = packs
  for (const a of order) {
    if (left === 0) break
    const take = Math.min(left, a.packs - a.returned)
    back.push({ id: a.id, lot_id: a.lot_id, packs: take })
    left -= take
  }
  return left === 0 ? back : null
}
