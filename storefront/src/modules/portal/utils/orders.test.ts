import { itemName, isUnpaid, newestFirst, orderState, ordersToFulfil } from "./orders"

const order = (over: Record<string, unknown> = {}) => ({ status: "pending", created_at: "2026-05-01T02:00:00Z", fulfillments: [], ...over })
const shipped = { shipped_at: "2026-05-02T00:00:00Z", canceled_at: null, metadata: { method: "courier", carrier: "顺丰速运" } }

describe("a seller order's state", () => {
  it("waits for fulfilment until shipped or handed to a station", () => {
    expect(orderState(order())).toBe("to_fulfil")
    expect(orderState(order({ fulfillments: [shipped] }))).toBe("shipped")
    expect(orderState(order({ fulfillments: [{ ...shipped, metadata: { method: "station", station: "九资河镇服务站" } }] }))).toBe("at_station")
    expect(orderState(order({ fulfillments: [{ ...shipped, canceled_at: "2026-05-03T00:00:00Z" }] }))).toBe("to_fulfil")
    expect(orderState(order({ status: "canceled" }))).toBe("canceled")
  })

  it("is unpaid while its share has a pending difference", () => {
    expect(isUnpaid(order({ summary: { pending_difference: 104 } }))).toBe(true)
    expect(isUnpaid(order({ summary: { pending_difference: "0.001" } }))).toBe(false)
    expect(isUnpaid(order({ summary: { pending_difference: 0 } }))).toBe(false)
    expect(isUnpaid(order({ status: "canceled", summary: { pending_difference: 104 } }))).toBe(false)
  })

  it("lists the orders to fulfil oldest first, and all orders newest first", () => {
    const a = order({ created_at: "2026-05-03T00:00:00Z" })
    const b = order({ created_at: "2026-05-01T00:00:00Z" })
    const done = order({ created_at: "2026-05-02T00:00:00Z", fulfillments: [shipped] })
    expect(ordersToFulfil([a, done, b])).toEqual([b, a])
    expect(newestFirst([b, done, a])).toEqual([a, done, b])
  })

  it("names an order line with its pack size", () => {
    expect(itemName({ title: "罗田鲜板栗 · 特级", variant_title: "2.5kg" })).toBe("罗田鲜板栗 · 特级 · 2.5kg")
    expect(itemName({ title: "罗田鲜板栗 · 特级", variant_title: null })).toBe("罗田鲜板栗 · 特级")
  })
})
