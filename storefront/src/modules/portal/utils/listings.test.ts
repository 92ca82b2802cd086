import { lowStock, priceOf, reviewState, stockOf } from "./listings"

const listing = (stock: number, review = "approved", status = "published") => ({
  status,
  listing: { status: review },
  variants: [{ prices: [{ currency_code: "usd", amount: 12.96 }, { currency_code: "cny", amount: 92 }], inventory_items: [{ inventory: { location_levels: [{ stocked_quantity: stock }] } }] }],
})

describe("a seller's listings", () => {
  it("reads stock, review state and the CNY price", () => {
    expect(stockOf(listing(60))).toBe(60)
    expect(stockOf({ status: "draft", variants: [] })).toBe(0)
    expect(reviewState(listing(1, "rejected"))).toBe("rejected")
    expect(reviewState({ status: "draft" })).toBe("none")
    expect(priceOf(listing(1))).toBe(92)
  })

  it("selects listings at or below the low-stock threshold, emptiest first, leaving rejected ones out", () => {
    const [a, b, c, d] = [listing(5), listing(0, "pending", "draft"), listing(6), listing(1, "rejected", "draft")]
    expect(lowStock([a, b, c, d])).toEqual([b, a])
    expect(lowStock([a, b, c, d], 0)).toEqual([b])
  })
})
