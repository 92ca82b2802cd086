import { saleFee } from "./money"
import { parseReferralRate, referralsOf, returnedReferral } from "./referral"

const line = (order_id: string, amount: string) => ({
  seller_id: "sel_1", order_id, kind: "referral" as const, partner_point_id: "ppt_1", rate: "0.03", base: "0.00", amount, occurred_at: "2026-12-01T00:00:00.000Z",
})

describe("a statement's referral lines", () => {
  it("adds up exactly to the fen and never shows the seller id again", () => {
    const { lines, total } = referralsOf([line("order_a", "0.10"), line("order_b", "0.20"), line("order_c", "2.67")])
    expect(total).toBe("2.97")
    expect(lines.map((l) => Object.keys(l))).toEqual(lines.map(() => ["order_id", "kind", "partner_point_id", "rate", "base", "amount", "occurred_at"]))
  })

  it("totals 0.00 when no point brought an order", () => {
    expect(referralsOf([])).toEqual({ lines: [], total: "0.00" })
  })

  it("takes the rate of the gross, half-up to the fen, as the platform fee does", () => {
    expect(saleFee("33.50", "0.03").toFixed(2)).toBe("1.01") // 1.005 → 1.01
    expect(saleFee("33.16", "0.03").toFixed(2)).toBe("0.99") // 0.9948 → 0.99
  })

  it("accepts a rate 0 ≤ rate < 1 only", () => {
    expect(["0", "0.03", "0.100", "0.999"].map(parseReferralRate)).toEqual(["0", "0.03", "0.1", "0.999"])
    expect(["1", "1.5", "-0.01", "3%", "", " "].map(parseReferralRate)).toEqual([null, null, null, null, null, null])
  })

  it("returns a refund's share of the referral, half-up, and all that is left when the order is refunded in full", () => {
    // A ¥33.50 order at 3 %: referral 1.01. Refunds of 10.00, 10.05 and the rest, 13.45.
    const referral = { base: "33.50", amount: "1.01", rate: "0.03" }
    const first = returnedReferral(referral, { refunds: 0, returned: 0 }, "10.00")
    expect(first.toFixed(2)).toBe("0.30")
    const second = returnedReferral(referral, { refunds: "10.00", returned: first }, "10.05") // 0.3015 → 0.30
    expect(second.toFixed(2)).toBe("0.30")
    const last = returnedReferral(referral, { refunds: "20.05", returned: "0.60" }, "13.45")
    expect(last.toFixed(2)).toBe("0.41") // 1.01 − 0.60, not 13.45 × 3 % = 0.40: the point keeps nothing of a refunded order
    expect(() => returnedReferral(referral, { refunds: "20.05", returned: "0.60" }, "13.46")).toThrow(/exceed the order's gross/)
  })
})
