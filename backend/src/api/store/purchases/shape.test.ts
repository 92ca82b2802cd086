import { partPaymentStatus, shapePurchase } from "./shape"

const seller = { id: "sel_1", handle: "chen-family-chestnut", name: "陈家板栗", name_en: "Chen family", type: "household", town: "胜利镇", town_en: "Shengli" }
const part = (overrides: Record<string, unknown> = {}) => ({
  id: "order_part",
  display_id: 2,
  status: "pending",
  total: 152,
  share: { id: "shr_1" },
  summary: { paid_total: 0, refunded_total: 0 },
  seller,
  items: [{ title: "老树鲜板栗", product_handle: "old-tree", thumbnail: null, quantity: 2, unit_price: 70, total: 140, detail: {} }],
  shipping_methods: [{ name: "标准快递 Standard delivery", amount: 12 }],
  fulfillments: [] as unknown[],
  ...overrides,
})
const purchase = { id: "order_buy", display_id: 1, currency_code: "cny", total: 152, payment_collections: [], shipping_address: null }

describe("a purchase as the buyer reads it", () => {
  it("says how each part was sent, and never more of its seller than the public profile", () => {
    const fulfillments = [
      { created_at: "t1", canceled_at: "t2", metadata: { method: "station", station: "旧站" }, labels: [] },
      { created_at: "t3", shipped_at: "t3", metadata: { method: "courier", carrier: "顺丰速运" }, labels: [{ tracking_number: "SF1234567890" }] },
    ]
    const { parts } = shapePurchase(purchase, [part({ fulfillments })])
    expect(parts[0].seller).toEqual({ handle: "chen-family-chestnut", name: "陈家板栗", name_en: "Chen family", type: "household", town: "胜利镇", town_en: "Shengli" })
    expect(parts[0].fulfillments).toEqual([{ created_at: "t3", method: "courier", carrier: "顺丰速运", tracking_number: "SF1234567890", station: null }])
    expect(parts[0].fulfillment_status).toBe("shipped")
    expect(parts[0].delivery).toEqual({ name: "标准快递 Standard delivery", amount: 12 })
  })

  it("shows no parts until the split has linked every part to its seller", () => {
    expect(shapePurchase(purchase, [])).toMatchObject({ parts_pending: true, parts: [] })
    expect(shapePurchase(purchase, [part(), part({ seller: null })])).toMatchObject({ parts_pending: true, parts: [] })
    expect(shapePurchase(purchase, [part()])).toMatchObject({ parts_pending: false, parts: [{ order_id: "order_part" }] })
  })

  it("reads a part's payment from what was captured and refunded on it", () => {
    expect(partPaymentStatus({ total: 152, summary: { paid_total: 0, refunded_total: 0 } })).toBe("not_paid")
    expect(partPaymentStatus({ total: 152, summary: { paid_total: 152, refunded_total: 0 } })).toBe("captured")
    expect(partPaymentStatus({ total: 152, summary: { paid_total: 100, refunded_total: 0 } })).toBe("partially_captured")
    expect(partPaymentStatus({ total: 152, summary: { paid_total: 152, refunded_total: 152 } })).toBe("refunded")
  })
})
