import { checkBand, parseGrams, parsePrice, priceForApi } from "./band"

const premium = { price_min: "30.00", price_max: "100.00", price_unit: "kg" as const }

describe("the listing price against its grade's band", () => {
  it("parses what a seller types into exact cents", () => {
    expect(parsePrice("70")).toBe(7000n)
    expect(parsePrice(" 70.5 ")).toBe(7050n)
    expect(parsePrice("0.10")).toBe(10n)
    expect(parsePrice("0")).toBeNull()
    expect(parsePrice("70.555")).toBeNull()
    expect(parsePrice("1,380")).toBeNull()
    expect(parsePrice("-5")).toBeNull()
    expect(parsePrice("")).toBeNull()
    expect(priceForApi(7050n)).toBe(70.5)
    expect(priceForApi(29150n)).toBe(291.5)
  })

  it("accepts whole grams from 1 g to 100 kg", () => {
    expect(parseGrams("2500")).toBe(2500)
    expect(parseGrams("0")).toBeNull()
    expect(parseGrams("100001")).toBeNull()
    expect(parseGrams("2.5")).toBeNull()
  })

  it("compares the price per kg with the band, limits included", () => {
    // 2 kg at ¥70 is ¥35.00 per kg.
    expect(checkBand("70", 2000, premium)).toEqual({ per: 3500n, position: "inside" })
    expect(checkBand("60", 2000, premium)).toEqual({ per: 3000n, position: "inside" })
    expect(checkBand("200", 2000, premium)).toEqual({ per: 10000n, position: "inside" })
    expect(checkBand("59.99", 2000, premium)).toEqual({ per: 3000n, position: "inside" })
    expect(checkBand("59.98", 2000, premium)).toEqual({ per: 2999n, position: "below" })
    expect(checkBand("200.02", 2000, premium)).toEqual({ per: 10001n, position: "above" })
    expect(checkBand("999", 2500, premium)).toEqual({ per: 39960n, position: "above" })
  })

  it("compares a per-unit band with the price itself", () => {
    expect(checkBand("120", null, { price_min: "100", price_max: "150", price_unit: "unit" })).toEqual({ per: 12000n, position: "inside" })
    expect(checkBand("99.99", 500, { price_min: "100", price_max: "150", price_unit: "unit" })?.position).toBe("below")
  })

  it("waits for a complete price and, per kg, a weight", () => {
    expect(checkBand("", 2000, premium)).toBeNull()
    expect(checkBand("70.", 2000, premium)).toBeNull()
    expect(checkBand("70", null, premium)).toBeNull()
  })
})
