import { bandPosition, outsideBand, unitPrice } from "./band"

const premium = { price_min: "30.00", price_max: "100.00", price_unit: "kg" as const }

describe("a listing's price against its grade's band", () => {
  it("prices per kg from the net weight, rounded half up to the fen", () => {
    expect(unitPrice("35.00", 500, "kg")).toBe("70.00")
    expect(unitPrice("10.00", 3000, "kg")).toBe("3.33")
    expect(unitPrice("20.00", 3000, "kg")).toBe("6.67")
    expect(unitPrice("12.00", 250, "unit")).toBe("12.00")
    expect(unitPrice("12.00", 0, "kg")).toBeNull()
  })

  it("takes both limits as inside", () => {
    expect(bandPosition("15.00", 500, premium)).toEqual({ per: 3000n, position: "inside" })
    expect(bandPosition("50.00", 500, premium)).toEqual({ per: 10000n, position: "inside" })
    expect(bandPosition("14.99", 500, premium)?.position).toBe("below")
    expect(bandPosition("50.01", 500, premium)?.position).toBe("above")
    expect(bandPosition("50.01", null, premium)).toBeNull()
  })

  it("says why a price is refused, naming the band", () => {
    expect(outsideBand("35.00", 500, premium)).toBeUndefined()
    expect(outsideBand("60.00", 500, premium)).toBe("¥120.00 per kg is outside the band ¥30.00–¥100.00 per kg")
    expect(outsideBand("5", 1, { price_min: 10, price_max: 20, price_unit: "unit" })).toBe(
      "¥5.00 per unit is outside the band ¥10.00–¥20.00 per unit"
    )
  })
})
