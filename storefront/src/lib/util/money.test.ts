import { centsToDecimal, formatCny, formatPerKg, formatWeight, pricePerKgCents, toCents } from "./money"

describe("money", () => {
  it("parses decimal amounts into exact cents", () => {
    expect(toCents(68)).toBe(6800n)
    expect(toCents("128.5")).toBe(12850n)
    expect(toCents(0.1 + 0.2)).toBe(30n)
    expect(toCents("1380.00")).toBe(138000n)
    expect(() => toCents("12,5")).toThrow("Not a money amount")
    // Past the cent, half rounds up.
    expect(toCents("76.555")).toBe(7656n)
    expect(toCents("76.554")).toBe(7655n)
    expect(toCents("-0.001")).toBe(0n)
  })

  it("formats CNY for Chinese and English readers", () => {
    expect(formatCny(68, "zh-CN")).toBe("¥68.00")
    expect(formatCny("1380", "en")).toBe("CN¥1,380.00")
    expect(formatCny(12.5, "zh-CN")).toBe("¥12.50")
    expect(centsToDecimal(123456789n)).toBe("1,234,567.89")
    expect(centsToDecimal(-5n, false)).toBe("-0.05")
  })

  it("computes the price per kg, rounding half up to the cent", () => {
    expect(pricePerKgCents(88, 2500)).toBe(3520n)
    expect(pricePerKgCents(138, 100)).toBe(138000n)
    expect(pricePerKgCents(99, 5000)).toBe(1980n)
    // ¥10 for 3 kg is ¥3.333… per kg; ¥0.05 for 3 kg is 1.666… cents, which rounds to 2.
    expect(pricePerKgCents(10, 3000)).toBe(333n)
    expect(pricePerKgCents("0.05", 3000)).toBe(2n)
    expect(pricePerKgCents(10, 0)).toBeNull()
    expect(formatPerKg(268, 250, "zh-CN")).toBe("¥1,072.00")
    expect(formatPerKg(1380, 10000, "en")).toBe("CN¥138.00")
  })

  it("writes weights the way the labels do", () => {
    expect(formatWeight(2500)).toBe("2.5 kg")
    expect(formatWeight(400)).toBe("400 g")
    expect(formatWeight(1250)).toBe("1.25 kg")
    expect(formatWeight(null)).toBeNull()
  })
})
