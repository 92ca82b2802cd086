import { IntakeBody, intakeAmountFen, kgToGrams } from "./intake"

describe("intake amounts", () => {
  it("reads kilograms to the gram", () => {
    expect([kgToGrams("30"), kgToGrams("12.5"), kgToGrams("0.125")]).toEqual([30000n, 12500n, 125n])
  })

  it("prices kilograms exactly, rounding half up to the fen", () => {
    expect(intakeAmountFen("30", 1250)).toBe(37500n)
    expect(intakeAmountFen("0.001", 500)).toBe(1n) // 0.5 fen rounds up
    expect(intakeAmountFen("0.001", 499)).toBe(0n)
    expect(intakeAmountFen("12.345", 1999)).toBe(24678n) // 24677.655
    expect(intakeAmountFen("2000", 500_000)).toBe(1_000_000_000n)
  })

  it("refuses fractional fen, negative prices and too many kilograms", () => {
    const body = { client_reference: "ref-12345678", seller_id: `sel_${"A".repeat(26)}`, member_id: `mem_${"B".repeat(26)}`, product_id: `prod_${"C".repeat(26)}`, quantity_kg: "30", grade_code: "first", price_per_kg_fen: 1250, paid: "now" }
    expect(IntakeBody.safeParse(body).success).toBe(true)
    for (const bad of [{ price_per_kg_fen: 12.5 }, { price_per_kg_fen: -1 }, { price_per_kg_fen: 1e12 }, { quantity_kg: "2000.001" }, { quantity_kg: "0" }, { quantity_kg: "1e3" }, { grade_code: "fir\u0000st" }]) {
      expect(IntakeBody.safeParse({ ...body, ...bad }).success).toBe(false)
    }
  })
})
