import { cheapestPerKg, defaultSize, fromPrice, isBuyable, lineSize, priceRange, sizeList, sizeOptions } from "./pack-sizes"

const size = (variant_id: string, net_weight_g: number, price_cny: number | null, stock = 10) => ({
  variant_id,
  net_weight_g,
  price_cny,
  stock,
  in_stock: stock > 0,
  gtin: null,
})

// Chestnuts in three packs, lightest first: 1.5 kg at ¥60 (¥40/kg), 2.5 kg at ¥92 (¥36.80/kg), 5 kg at ¥175 (¥35/kg).
const chestnuts = [size("v1", 1500, 60), size("v2", 2500, 92), size("v3", 5000, 175)]

describe("a product's pack sizes", () => {
  it("starts on the lightest size that can be bought", () => {
    expect(defaultSize(chestnuts)?.variant_id).toBe("v1")
    expect(defaultSize([size("v1", 1500, 60, 0), ...chestnuts.slice(1)])?.variant_id).toBe("v2")
    expect(defaultSize([size("v1", 1500, null), size("v2", 2500, 92, 0)])?.variant_id).toBe("v1")
    expect(defaultSize([])).toBeNull()
    expect(isBuyable(size("v", 500, null))).toBe(false)
  })

  it("lists the sizes and the range of their prices in exact cents", () => {
    expect(sizeList(chestnuts)).toBe("1.5 kg · 2.5 kg · 5 kg")
    expect(priceRange(chestnuts)).toEqual({ low: 6000n, high: 17500n, count: 3 })
    expect(priceRange([size("v1", 500, 0.1 + 0.2), size("v2", 1000, null)])).toEqual({ low: 30n, high: 30n, count: 1 })
    expect(priceRange([size("v1", 500, null)])).toBeNull()
    const from = (price: string) => `${price} 起`
    expect(fromPrice(chestnuts, "zh-CN", from)).toBe("¥60.00 起")
    expect(fromPrice([size("a", 500, 30), size("b", 1000, 30)], "en", (p) => `from ${p}`)).toBe("CN¥30.00")
    expect(fromPrice([size("a", 500, null)], "en", from)).toBeNull()
  })

  it("finds the size whose kilogram costs least, the lighter one on a tie", () => {
    expect(cheapestPerKg(chestnuts)).toEqual({ size: chestnuts[2], perKg: 3500n })
    const tie = [size("a", 1000, 40), size("b", 2000, 80)]
    expect(cheapestPerKg(tie)?.size.variant_id).toBe("a")
    expect(cheapestPerKg([size("a", 1000, null)])).toBeNull()
  })

  it("offers each size with its weight, price and price per kg in the buyer's language", () => {
    const [first, , last] = sizeOptions([chestnuts[0], chestnuts[1], size("v3", 5000, 175, 0)], "en", "kg")
    expect(first).toEqual({ variant_id: "v1", weight: "1.5 kg", price: "CN¥60.00", perKg: "CN¥40.00 / kg", in_stock: true, buyable: true })
    expect(last).toMatchObject({ weight: "5 kg", price: "CN¥175.00", perKg: "CN¥35.00 / kg", in_stock: false, buyable: false })
    expect(sizeOptions([size("v", 250, null)], "zh-CN", "千克")[0]).toMatchObject({ weight: "250 g", price: null, perKg: null, buyable: false })
  })

  it("names the size of a cart or order line from its variant's title", () => {
    expect(lineSize({ title: "罗田鲜板栗 · 特级", variant_title: "2.5kg" })).toBe("2.5kg")
    expect(lineSize({ title: "罗田鲜板栗 · 特级", variant_title: " " })).toBeNull()
    expect(lineSize({ title: "九资河茯苓", variant_title: "九资河茯苓" })).toBeNull()
    expect(lineSize({ title: "九资河茯苓" })).toBeNull()
  })
})
