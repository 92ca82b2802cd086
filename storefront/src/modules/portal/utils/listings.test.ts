import { lowStock, reviewState, sizeLabel, sizesOf, stockOf } from "./listings"

const variant = (id: string, grams: number, cny: number, stock: number, ean: string | null = null) => ({
  id,
  title: `${grams / 1000}kg`,
  weight: grams,
  ean,
  prices: [{ currency_code: "usd", amount: 12.96 }, { currency_code: "cny", amount: cny }],
  inventory_items: [{ inventory: { location_levels: [{ stocked_quantity: stock }] } }],
})

const listing = (stocks: number[], review = "approved", status = "published") => ({
  status,
  listing: { status: review },
  variants: stocks.map((stock, i) => variant(`v${i}`, (i + 1) * 1000, 40 * (i + 1), stock)),
})

describe("a seller's listings", () => {
  it("reads each pack size: weight, GTIN, CNY price and stock, lightest first", () => {
    const sizes = sizesOf({ status: "published", variants: [variant("big", 5000, 175, 3, "6901234567892"), variant("small", 1500, 60, 40)] })
    expect(sizes).toEqual([
      { variant_id: "small", title: "1.5kg", grams: 1500, gtin: null, price: 60, stock: 40 },
      { variant_id: "big", title: "5kg", grams: 5000, gtin: "6901234567892", price: 175, stock: 3 },
    ])
    expect(sizes.map(sizeLabel)).toEqual(["1.5 kg", "5 kg"])
    expect(sizeLabel({ grams: null, title: "一盒" })).toBe("一盒")
    expect(sizesOf({ status: "draft", variants: [{ id: "v", weight: null, prices: null }] })).toEqual([
      { variant_id: "v", title: "", grams: null, gtin: null, price: null, stock: 0 },
    ])
  })

  it("reads the stock of all sizes together and the review state", () => {
    expect(stockOf(listing([60, 5]))).toBe(65)
    expect(stockOf({ status: "draft", variants: [] })).toBe(0)
    expect(reviewState(listing([1], "rejected"))).toBe("rejected")
    expect(reviewState({ status: "draft" })).toBe("none")
  })

  it("selects the sizes at or below the low-stock threshold, emptiest first, leaving rejected listings out", () => {
    const [a, b, c] = [listing([5, 60]), listing([0], "pending", "draft"), listing([1], "rejected", "draft")]
    expect(lowStock([a, b, c]).map(({ listing, size }) => [listing, size.stock])).toEqual([
      [b, 0],
      [a, 5],
    ])
    expect(lowStock([a, b, c], 0).map(({ size }) => size.variant_id)).toEqual(["v0"])
  })
})
