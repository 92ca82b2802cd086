import { creditCodeCheckCharacter, isValidCreditCode, normaliseCreditCode } from "./credit-code"

describe("unified social credit codes (GB 32100-2015)", () => {
  const first17 = "91421123MA4F3K2X1"
  const code = first17 + creditCodeCheckCharacter(first17)

  it("accepts a code whose 18th character is its check character", () => {
    expect(isValidCreditCode(code)).toBe(true)
  })

  it("refuses a wrong check character, a letter outside the standard's set, or another length", () => {
    const wrong = code.slice(0, 17) + (code[17] === "0" ? "1" : "0")
    expect(isValidCreditCode(wrong)).toBe(false)
    expect(creditCodeCheckCharacter("91421123MA4F3K2I1")).toBeNull()
    expect(isValidCreditCode(code.slice(0, 17))).toBe(false)
  })

  it("compares codes trimmed and in capitals", () => {
    expect(normaliseCreditCode(` ${code.toLowerCase()} `)).toBe(code)
  })
})
