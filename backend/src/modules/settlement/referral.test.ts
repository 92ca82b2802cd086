import { saleFee } from "./money"
import { parseReferralRate, referralsOf } from "./referral"

const line = (order_id: string, amount: string) => ({
  seller_id: "sel_1", order_id, partner_point_id: "ppt_1", rate: "0.03", base: "0.00", amount, occurred_at: "2026-12-01T00:00:00.000Z",
})

describe("a statement's referral lines", () => {
  it("adds up exactly to the fen and never shows the seller id again", () => {
    const { lines, total } = referralsOf([line("order_a", "0.10"), line("order_b", "0.20"), line("order_c", "2.67")])
    expect(total).toBe("2.97")
    expect(lines.map((l) => Object.keys(l))).toEqual(lines.map(() => ["order_id", "partner_point_id", "rate", "base", "amount", "occurred_at"]))
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
})
