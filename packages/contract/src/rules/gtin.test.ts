import { digitalLinkPath, gtin13CheckDigit, gtin13From, gtin14, gtinProblem } from "./gtin"

describe("GTIN-13", () => {
  it("computes GS1's check digit", () => {
    expect(gtin13CheckDigit("690123456789")).toBe(2)
    expect(gtin13CheckDigit("400638133393")).toBe(1)
  })
  it("accepts a valid code and names what is wrong with others", () => {
    expect(gtinProblem("6901234567892")).toBeNull()
    expect(gtinProblem("6901234567893")).toBe("has a wrong check digit")
    expect(gtinProblem("690123456789")).toMatch(/13 digits/)
    expect(gtinProblem("69012345678a2")).toMatch(/13 digits/)
  })
})

describe("GS1 Digital Link", () => {
  it("pads a GTIN-13 to 14 digits and reads it back, refusing a real GTIN-14 or a wrong check digit", () => {
    expect(gtin14("6901234567892")).toBe("06901234567892")
    expect(gtin13From("06901234567892")).toBe("6901234567892")
    expect(gtin13From("6901234567892")).toBe("6901234567892")
    expect(gtin13From("16901234567892")).toBeNull()
    expect(gtin13From("06901234567893")).toBeNull()
    expect(digitalLinkPath("6901234567892", "SL-2026-0412-03")).toBe("/01/06901234567892/10/SL-2026-0412-03")
  })
})
