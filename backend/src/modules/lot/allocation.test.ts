import { allocateFefo, returnFefo } from "./allocation"

const receipt = (receipt_id: string, best_before: string | null, packs: number, produced_on = "2026-09-01") => ({ receipt_id, lot_id: `lot-${receipt_id}`, best_before, produced_on, packs })

describe("allocateFefo", () => {
  it("takes the first-expiring lot's packs first, then the next", () => {
    const lots = [receipt("late", "2026-12-20", 3), receipt("early", "2026-12-10", 2)]
    expect(allocateFefo(lots, 3)).toEqual([
      { receipt_id: "early", lot_id: "lot-early", packs: 2 },
      { receipt_id: "late", lot_id: "lot-late", packs: 1 },
    ])
    expect(allocateFefo(lots, 1)).toEqual([{ receipt_id: "early", lot_id: "lot-early", packs: 1 }])
  })

  it("puts lots without a best-before last, the older lot first among equals, and skips empty receipts", () => {
    const lots = [receipt("none", null, 5), receipt("newer", "2026-12-10", 1, "2026-09-05"), receipt("older", "2026-12-10", 1, "2026-09-01"), receipt("empty", "2026-11-01", 0)]
    expect(allocateFefo(lots, 3).map((a) => [a.receipt_id, a.packs])).toEqual([["older", 1], ["newer", 1], ["none", 1]])
  })

  it("leaves unallocated what the lots do not hold", () => {
    expect(allocateFefo([receipt("a", "2026-12-10", 2)], 5)).toEqual([{ receipt_id: "a", lot_id: "lot-a", packs: 2 }])
    expect(allocateFefo([], 5)).toEqual([])
  })
})

describe("returnFefo", () => {
  const allocated = (id: string, best_before: string | null, packs: number, returned = 0) => ({ ...receipt(id, best_before, 0), id: `alloc-${id}`, packs, returned })

  it("takes a return back from the last-allocated lot first, each at most what it still holds", () => {
    const line = [allocated("early", "2026-12-10", 2), allocated("late", "2026-12-20", 1)]
    expect(returnFefo(line, 2)).toEqual([
      { id: "alloc-late", lot_id: "lot-late", packs: 1 },
      { id: "alloc-early", lot_id: "lot-early", packs: 1 },
    ])
    expect(returnFefo([allocated("early", "2026-12-10", 2), allocated("late", "2026-12-20", 1, 1)], 1)).toEqual([{ id: "alloc-early", lot_id: "lot-early", packs: 1 }])
  })

  it("refuses more than the allocations still hold", () => {
    expect(returnFefo([allocated("a", null, 2, 1)], 2)).toBeNull()
    expect(returnFefo([], 1)).toBeNull()
  })
})
