import { buildStatement, sellerStatement, withOrders, type Entry } from "./statement"

const entry = (order_id: string, kind: Entry["kind"], amount: string, fee: string, occurred_at: string): Entry => ({
  seller_id: "s1", order_id, purchase_order_id: `p_${order_id}`, kind, currency_code: "cny", amount, fee, fee_rate: "0.05", occurred_at,
})

describe("statements", () => {
  const entries = [
    entry("a", "sale", "152", "7.60", "2026-12-01T02:00:00.000Z"),
    entry("b", "sale", "139.5", "6.98", "2026-12-02T02:00:00.000Z"),
    entry("a", "refund", "52", "2.60", "2026-12-03T02:00:00.000Z"),
  ]
  const statement = buildStatement({ seller_id: "s1", month: "2026-12", currency_code: "cny" }, entries, "0")

  it("has one row per order and totals net = gross − fee − refunds", () => {
    expect(statement.orders.map((r) => [r.order_id, r.gross, r.fee, r.refunds, r.net])).toEqual([
      ["a", "152.00", "5.00", "52.00", "95.00"],
      ["b", "139.50", "6.98", "0.00", "132.52"],
    ])
    expect(statement.totals).toEqual({ gross: "291.50", fee: "11.98", refunds: "52.00", net: "227.52" })
    expect(statement.fee_rate).toBe("0.05")
  })

  it("names rows by their orders' numbers and placing times when the order module knows them", () => {
    const [named] = withOrders([statement], new Map([["b", { display_id: 7, created_at: "2026-12-02T01:59:00.000Z" }]]))
    expect(named.orders.map((r) => [r.order_id, r.display_id, r.placed_at])).toEqual([
      ["a", null, "2026-12-01T02:00:00.000Z"],
      ["b", 7, "2026-12-02T01:59:00.000Z"],
    ])
  })

  it("keeps the buyers' purchase ids from the seller's own statement", () => {
    expect(statement.orders[0].purchase_order_id).toBe("p_a")
    expect(sellerStatement(statement).orders[0]).not.toHaveProperty("purchase_order_id")
  })
})
