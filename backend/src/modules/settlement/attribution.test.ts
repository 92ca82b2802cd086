import { attributeCaptures, attributeRefunds, cancelRefundNote, type SellerOrderMoney } from "./attribution"

const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 8, minute))
const order = (order_id: string, ...transactions: [number, string][]): SellerOrderMoney => ({
  order_id,
  seller_id: `seller_${order_id}`,
  currency_code: "cny",
  transactions: transactions.map(([amount, reference_id]) => ({ amount, reference: amount < 0 ? "refund" : "capture", reference_id })),
})
const rows = (list: ReturnType<typeof attributeRefunds>) => list.map((a) => [a.refund_id, a.order_id, a.amount])

describe("attributeRefunds", () => {
  const paid = () => [order("a", [152, "capture:a"]), order("b", [139.5, "capture:b"])]

  it("spreads a refund over the seller orders in their order, each up to what is left of it", () => {
    expect(rows(attributeRefunds([{ id: "r1", amount: 10, created_at: at(1) }], paid()))).toEqual([["r1", "a", "10"]])
    expect(rows(attributeRefunds([{ id: "r1", amount: "291.5", created_at: at(1) }], paid()))).toEqual([
      ["r1", "a", "152"],
      ["r1", "b", "139.5"],
    ])
    // The older refund first: it takes order a, the newer one what a has left and then b.
    const two = [{ id: "r2", amount: 150, created_at: at(2) }, { id: "r1", amount: 100, created_at: at(1) }]
    expect(rows(attributeRefunds(two, paid()))).toEqual([["r1", "a", "100"], ["r2", "a", "52"], ["r2", "b", "98"]])
  })

  it("gives the cancel flow's refund to the order it names, exactly", () => {
    const refund = { id: "r1", amount: 139.5, note: cancelRefundNote("b"), created_at: at(1) }
    expect(rows(attributeRefunds([refund], paid()))).toEqual([["r1", "b", "139.5"]])
    // A note naming an order outside the purchase is only a note.
    expect(rows(attributeRefunds([{ ...refund, note: cancelRefundNote("zz") }], paid()))).toEqual([["r1", "a", "139.5"]])
  })

  it("attributes each refund once, counting what earlier refunds took, and never beyond what was paid", () => {
    const orders = [order("a", [152, "capture:a"], [-10, "r1"]), order("b", [139.5, "capture:b"])]
    const refunds = [{ id: "r1", amount: 10, created_at: at(1) }, { id: "r2", amount: 200, created_at: at(2) }]
    expect(rows(attributeRefunds(refunds, orders))).toEqual([["r2", "a", "142"], ["r2", "b", "58"]])
    // A cancel from before refunds were attributed recorded "refund:<order id>".
    const legacy = [order("a", [152, "capture:a"], [-152, "refund:a"]), order("b")]
    expect(attributeRefunds([{ id: "r0", amount: 152, note: cancelRefundNote("a"), created_at: at(0) }], legacy)).toEqual([])
    // Nothing paid, nothing to attribute to.
    expect(attributeRefunds([{ id: "r3", amount: 5, created_at: at(3) }], [order("a"), order("b")])).toEqual([])
  })
})

describe("attributeCaptures", () => {
  const totals = (...orders: SellerOrderMoney[]) => orders.map((o, i) => ({ ...o, total: [152, 139.5][i] }))
  const captures = (...amounts: number[]) => amounts.map((amount, i) => ({ id: `cap${i}`, amount, created_at: at(i) }))

  it("spreads what no seller order holds over them, each up to its total, under the newest capture's id", () => {
    const rows = (list: ReturnType<typeof attributeCaptures>) => list.map((a) => [a.reference_id, a.order_id, a.amount])
    expect(rows(attributeCaptures(captures(291.5), totals(order("a"), order("b"))))).toEqual([["cap0", "a", "152"], ["cap0", "b", "139.5"]])
    // The sellers' own captures are held already; the association's partial capture fills what is left in order.
    const held = totals(order("a"), order("b", [139.5, "capture:b"]))
    expect(rows(attributeCaptures(captures(139.5, 100), held))).toEqual([["cap1", "a", "100"]])
    // Refunds do not free room for captures: a refunded share was paid.
    expect(attributeCaptures(captures(152), totals(order("a", [152, "capture:a"], [-152, "r1"]), order("b")))).toEqual([])
  })
})
