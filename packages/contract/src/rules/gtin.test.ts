import { gtin13CheckDigit, gtinProblem } from "./gtin"

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
