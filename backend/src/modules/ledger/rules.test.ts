import { contractAmountFen, defaultRule, distributableFen, householdsPoolFen, netAgainstIntake, openMonthFrom, orderShares, owedAfterNetting, reversalFen, ruleProblem } from "./rules"

describe("payout rules", () => {
  it("fits each seller type with its own kind of rule, a cooperative's rate from 0.6 to 1", () => {
    expect(ruleProblem("cooperative", { kind: "surplus_return", rate: "0.6" })).toBeNull()
    expect(ruleProblem("cooperative", { kind: "surplus_return", rate: "1" })).toBeNull()
    expect(ruleProblem("cooperative", { kind: "surplus_return", rate: "0.5999" })).toMatch(/^rate: must be from 0.6/)
    expect(ruleProblem("cooperative", { kind: "surplus_return", rate: "1.0001" })).toMatch(/^rate:/)
    expect(ruleProblem("cooperative", { kind: "own_sales" })).toMatch(/^kind: a cooperative seller's payout rule is surplus_return/)
    expect(ruleProblem("enterprise", { kind: "contract_price", price_per_kg_fen: 1280 })).toBeNull()
    expect(ruleProblem("household", { kind: "surplus_return", rate: "0.8" })).toMatch(/^kind:/)
    expect([defaultRule("cooperative"), defaultRule("enterprise"), defaultRule("household")]).toEqual([
      { kind: "surplus_return", rate: "0.6" },
      null,
      { kind: "own_sales" },
    ])
  })

  it("returns the rate of the distributable surplus (net less delivery, never below 0), half up to the fen", () => {
    expect(distributableFen(15_300n, 1_200n)).toBe(14_100n)
    expect(distributableFen(1_000n, 1_200n)).toBe(0n)
    expect(householdsPoolFen({ kind: "surplus_return", rate: "0.6" }, 14_100n)).toBe(8_460n)
    // 0.65 × 1001 = 650.65 → 651; 0.6 × 1 = 0.6 → 1.
    expect(householdsPoolFen({ kind: "surplus_return", rate: "0.65" }, 1_001n)).toBe(651n)
    expect(householdsPoolFen({ kind: "surplus_return", rate: "0.6" }, 1n)).toBe(1n)
    expect(householdsPoolFen({ kind: "own_sales" }, 14_100n)).toBe(14_100n)
    expect(householdsPoolFen({ kind: "contract_price", price_per_kg_fen: 1 }, 14_100n)).toBe(0n)
    expect(householdsPoolFen(null, 14_100n)).toBe(0n)
  })
})

describe("an order's shares", () => {
  const supplies = (...q: [string, string][]) => q.map(([member_id, quantity]) => ({ member_id, quantity }))
  const lines = [{ line_item_id: "l1", unit_price_fen: 7_650n, quantity: 3 }]

  it("splits the pool over lots by value, then over households by what they supplied, summing exactly", () => {
    const shares = orderShares(10_000n, lines, [
      { id: "a1", line_item_id: "l1", lot_id: "lot1", packs: 2, lot_withdrawn: false, supplies: supplies(["m1", "60"], ["m2", "40"]) },
      { id: "a2", line_item_id: "l1", lot_id: "lot2", packs: 1, lot_withdrawn: false, supplies: supplies(["m1", "1"], ["m3", "1"], ["m4", "1"]) },
    ])
    // Lots: 2/3 and 1/3 of 10000 → 6667 and 3333; lot1 60:40 → 4000.2/2666.8 → 4000, 2667; lot2 thirds → 1111 each.
    expect(shares.map((s) => [s.lot_id, s.member_id, s.amount_fen])).toEqual([
      ["lot1", "m1", 4_000n],
      ["lot1", "m2", 2_667n],
      ["lot2", "m1", 1_111n],
      ["lot2", "m3", 1_111n],
      ["lot2", "m4", 1_111n],
    ])
    expect(shares.reduce((sum, s) => sum + s.amount_fen, 0n)).toBe(10_000n)
  })

  it("keeps the part of packs from no lot for the seller, and owes a withdrawn lot's households nothing", () => {
    const shares = orderShares(9_000n, lines, [
      { id: "a1", line_item_id: "l1", lot_id: "lot1", packs: 1, lot_withdrawn: false, supplies: supplies(["m1", "1"]) },
      { id: "a2", line_item_id: "l1", lot_id: "lot2", packs: 1, lot_withdrawn: true, supplies: supplies(["m2", "1"]) },
    ])
    expect(shares.map((s) => s.amount_fen)).toEqual([3_000n, 0n])
    expect(orderShares(9_000n, lines, [])).toEqual([])
    // A lot no household supplied is the seller's own: its third stays with the seller too.
    const own = orderShares(9_000n, lines, [
      { id: "a1", line_item_id: "l1", lot_id: "lot1", packs: 1, lot_withdrawn: false, supplies: supplies(["m1", "1"]) },
      { id: "a2", line_item_id: "l1", lot_id: "lot2", packs: 2, lot_withdrawn: false, supplies: [] },
    ])
    expect(own.map((s) => [s.member_id, s.amount_fen])).toEqual([["m1", 3_000n]])
  })
})

describe("contract purchases, months and reversals", () => {
  it("prices what a household supplied at the contract price, half up", () => {
    expect(contractAmountFen("12.5", 1280)).toBe(16_000n)
    expect(contractAmountFen("0.333", 1000)).toBe(333n)
    expect(contractAmountFen("0.0005", 1000)).toBe(1n)
  })

  it("counts an entry in the first month the seller has not closed", () => {
    expect(openMonthFrom("2026-12", new Set())).toBe("2026-12")
    expect(openMonthFrom("2026-11", new Set(["2026-11", "2026-12"]))).toBe("2027-01")
  })

  it("reverses down to what is owed and never posts income back up", () => {
    expect(reversalFen(600n, 1_000n)).toBe(-400n)
    expect(reversalFen(1_000n, 1_000n)).toBe(0n)
    expect(reversalFen(1_200n, 1_000n)).toBe(0n)
  })
})

describe("station intakes (代销) netted out of their lot's sales", () => {
  it("pays a sale's share only above what the intake's price has not yet covered", () => {
    expect(netAgainstIntake(11_475n, 5_000n)).toEqual({ amount: 6_475n, netted: 5_000n })
    // A share below the price left is wholly covered; the next sale nets out only what is left.
    expect(netAgainstIntake(3_000n, 5_000n)).toEqual({ amount: 0n, netted: 3_000n })
    expect(netAgainstIntake(3_000n, 2_000n)).toEqual({ amount: 1_000n, netted: 2_000n })
    expect(netAgainstIntake(3_000n, 0n)).toEqual({ amount: 3_000n, netted: 0n })
  })

  it("owes a posted share what is left above its netted part after a refund, never below 0", () => {
    expect(owedAfterNetting(7_650n, 5_000n)).toBe(2_650n)
    expect(owedAfterNetting(3_825n, 4_000n)).toBe(0n)
    expect(owedAfterNetting(0n, 5_000n)).toBe(0n)
  })
})
