import { BigNumber } from "@medusajs/framework/utils"
import { sellerView } from "./own-orders"

describe("a seller order as its seller reads it", () => {
  const order = {
    id: "order_part",
    total: new BigNumber(152),
    created_at: new Date("2026-12-01T08:00:00Z"),
    metadata: { note: "kept" },
    items: [
      {
        id: "ordli_1",
        metadata: { purchase_line_item_id: "ordli_buy", note: "kept" },
        line_item_metadata: { purchase_line_item_id: "ordli_buy" },
        detail: { metadata: { purchase_line_item_id: "ordli_buy" }, quantity: 2 },
      },
    ],
    fulfillments: [{ metadata: { method: "courier", carrier: "顺丰速运" } }],
  }

  it("never names the buyer's purchase lines, anywhere in the order", () => {
    const text = JSON.stringify(sellerView(order))
    expect(text).not.toMatch(/ordli_buy|purchase_line_item_id/)
  })

  it("keeps everything else, amounts and dates in their own JSON form", () => {
    const view = sellerView(order)
    expect(JSON.parse(JSON.stringify(view))).toEqual({
      id: "order_part",
      total: 152,
      created_at: "2026-12-01T08:00:00.000Z",
      metadata: { note: "kept" },
      items: [{ id: "ordli_1", metadata: { note: "kept" }, line_item_metadata: {}, detail: { metadata: {}, quantity: 2 } }],
      fulfillments: [{ metadata: { method: "courier", carrier: "顺丰速运" } }],
    })
    expect(order.items[0].metadata.purchase_line_item_id).toBe("ordli_buy")
  })
})
