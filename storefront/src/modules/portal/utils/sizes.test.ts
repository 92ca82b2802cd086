import { formRows, parseStock, priceChanges, readSizes, rowField } from "./sizes"

const entries = (values: Record<string, string>) => Object.entries(values)

describe("a listing's pack sizes as a form sends them", () => {
  it("reads the rows in order, whatever order the fields come in", () => {
    const rows = formRows(entries({ "sizes.2.price_cny": " 175 ", name: "x", "sizes.0.price_cny": "60", "sizes.0.net_weight_g": "1500", "was_sizes.0.price_cny": "60" }))
    expect(rows).toEqual([
      { index: 0, values: { price_cny: "60", net_weight_g: "1500" } },
      { index: 2, values: { price_cny: "175" } },
    ])
    expect(formRows(entries({ "was_sizes.0.price_cny": "60" }), "was_sizes")).toEqual([{ index: 0, values: { price_cny: "60" } }])
    expect(parseStock("0")).toBe(0)
    expect(parseStock("1000001")).toBeNull()
    expect(parseStock("2.5")).toBeNull()
  })

  it("checks each size as the backend does and maps each size sent to its row", () => {
    const rows = formRows(
      entries({
        "sizes.0.net_weight_g": "1500", "sizes.0.price_cny": "60", "sizes.0.stock": "40", "sizes.0.gtin": "",
        "sizes.1.net_weight_g": "", "sizes.1.price_cny": "", "sizes.1.stock": "", "sizes.1.gtin": "",
        "sizes.2.net_weight_g": "5000", "sizes.2.price_cny": "175.5", "sizes.2.stock": "3", "sizes.2.gtin": "6901234567892",
      })
    )
    expect(readSizes(rows)).toEqual({
      sizes: [
        { net_weight_g: 1500, price_cny: 60, stock: 40 },
        { net_weight_g: 5000, price_cny: 175.5, stock: 3, gtin: "6901234567892" },
      ],
      indexes: [0, 2],
    })
  })

  it("names the row and the rule a size breaks", () => {
    const row = (index: number, values: Record<string, string>) => ({ index, values: { net_weight_g: "1500", price_cny: "60", stock: "1", ...values } })
    expect(readSizes([row(0, { price_cny: "60.555" })])).toEqual({ problem: { field: "sizes.0.price_cny", rule: "price_cny" } })
    expect(readSizes([row(0, {}), row(3, { gtin: "6901234567890" })])).toEqual({ problem: { field: "sizes.3.gtin", rule: "gtin" } })
    expect(readSizes([row(0, {}), row(1, { stock: "-1" })])).toEqual({ problem: { field: "sizes.1.stock", rule: "stock" } })
    expect(readSizes([row(0, {}), row(1, { price_cny: "70" })])).toEqual({ problem: { field: "sizes.1.net_weight_g", rule: "size_duplicate" } })
    expect(readSizes([{ index: 0, values: { net_weight_g: "" } }])).toEqual({ problem: { field: "sizes.0.net_weight_g", rule: "net_weight_g" } })
    const nine = Array.from({ length: 9 }, (_, i) => row(i, { net_weight_g: String((i + 1) * 500) }))
    expect(readSizes(nine)).toEqual({ problem: { field: "sizes", rule: "sizes" } })
  })

  it("sends only the prices an edit changed", () => {
    const rows = formRows(entries({ "sizes.0.variant_id": "v1", "sizes.0.price_cny": "60.00", "sizes.1.variant_id": "v2", "sizes.1.price_cny": "95" }))
    const was = formRows(entries({ "was_sizes.0.price_cny": "60", "was_sizes.1.price_cny": "92.00" }), "was_sizes")
    expect(priceChanges(rows, was)).toEqual({ sizes: [{ variant_id: "v2", price_cny: 95 }], indexes: [1] })
    expect(priceChanges([{ index: 0, values: { variant_id: "v1", price_cny: "abc" } }], was)).toEqual({ problem: { field: "sizes.0.price_cny", rule: "price_cny" } })
  })

  it("puts the backend's error on the row of the size it names", () => {
    expect(rowField("sizes.1.price_cny", [0, 2])).toBe("sizes.2.price_cny")
    expect(rowField("sizes.5.price_cny", [0, 2])).toBe("sizes.5.price_cny")
    expect(rowField("grade", [0, 2])).toBe("grade")
  })
})
