import { centsText, fen, toCents } from "./money"

describe("money in fen", () => {
  it("reads decimal text exactly and rounds half up past the fen", () => {
    expect(toCents("1380.00")).toBe(138000n)
    expect(toCents("68.5")).toBe(6850n)
    expect(toCents("0.004")).toBe(0n)
    expect(toCents("0.005")).toBe(1n)
    expect(toCents("-0.005")).toBe(-1n)
    expect(toCents("12.345")).toBe(1235n)
  })

  it("reads a number as its shortest decimal, not its binary value", () => {
    // 1.005 is 1.00499999999999989… in binary; as written it is 1.005 and rounds up, as the backend's BigNumber does.
    expect(toCents(1.005)).toBe(101n)
    expect(toCents(0.1 + 0.2)).toBe(30n)
    expect(toCents(5e-3)).toBe(1n)
    expect(toCents(1e21)).toBe(100000000000000000000000n)
  })

  it("refuses what is not an amount", () => {
    for (const bad of ["", ".", "1,380.00", "abc", "1.2.3", Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => toCents(bad)).toThrow("Not a money amount")
    }
  })

  it("writes fen as the API does", () => {
    expect(centsText(13300n)).toBe("133.00")
    expect(centsText(-5n)).toBe("-0.05")
    expect(fen(133)).toBe("133.00")
    expect(fen("0.125")).toBe("0.13")
  })
})
