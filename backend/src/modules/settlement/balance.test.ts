import { MathBN } from "@medusajs/framework/utils"
import { balanceView, byOrder, fold, payoutOrders, type Movement } from "./balance"

const m = (order_id: string, from_bucket: Movement["from_bucket"], to_bucket: Movement["to_bucket"], amount: string): Movement => ({
  order_id, from_bucket, to_bucket, amount,
})

const identity = (movements: Movement[]) => {
  const { pending, available, paid, total } = fold(movements)
  return MathBN.eq(MathBN.add(pending, available, paid), total)
}

describe("a seller's balance", () => {
  const sale = m("o1", null, "pending", "133.00")
  const release = m("o1", "pending", "available", "133.00")
  const payout = m("o1", "available", "paid", "133.00")

  it("moves a sale's net from pending to available to paid, and the identity holds at each step", () => {
    expect(balanceView([sale])).toEqual({ pending: "133.00", available: "0.00", paid_out: "0.00", total: "133.00" })
    expect(balanceView([sale, release])).toEqual({ pending: "0.00", available: "133.00", paid_out: "0.00", total: "133.00" })
    expect(balanceView([sale, release, payout])).toEqual({ pending: "0.00", available: "0.00", paid_out: "133.00", total: "133.00" })
    expect([[sale], [sale, release], [sale, release, payout]].every(identity)).toBe(true)
  })

  it("lets a refund after payout take available below zero, and the next payout nets it off", () => {
    const refund = m("o1", "available", null, "33.33")
    const after = [sale, release, payout, refund]
    expect(balanceView(after)).toEqual({ pending: "0.00", available: "-33.33", paid_out: "133.00", total: "99.67" })
    expect(identity(after)).toBe(true)
    const sale2 = m("o2", null, "pending", "200.00")
    const release2 = m("o2", "pending", "available", "200.00")
    const orders = payoutOrders([...after, sale2, release2])
    expect(orders.map((o) => [o.order_id, o.amount.toFixed(2)])).toEqual([["o1", "-33.33"], ["o2", "200.00"]])
    const netted = [...after, sale2, release2, ...orders.map((o) => m(o.order_id, "available", "paid", o.amount.toFixed(2)))]
    expect(balanceView(netted)).toEqual({ pending: "0.00", available: "0.00", paid_out: "299.67", total: "299.67" })
  })

  it("returns a failed payout to available", () => {
    const failed = m("o1", "paid", "available", "133.00")
    expect(balanceView([sale, release, payout, failed])).toEqual({ pending: "0.00", available: "133.00", paid_out: "0.00", total: "133.00" })
  })

  it("keeps each order's buckets apart, exact to the fen", () => {
    const orders = byOrder([sale, m("o2", null, "pending", "0.10"), m("o2", null, "pending", "0.20"), release])
    expect(MathBN.convert(orders.get("o1")!.available).toFixed(2)).toBe("133.00")
    expect(MathBN.convert(orders.get("o2")!.pending).toFixed(2)).toBe("0.30")
  })
})
