import { beijingMonth, beijingTime, formatMonth, isMonth } from "./month"

describe("statement months in Beijing time", () => {
  it("counts an instant in the Beijing month it falls in", () => {
    expect(beijingMonth(new Date("2026-05-31T15:59:59Z"))).toBe("2026-05")
    expect(beijingMonth(new Date("2026-05-31T16:00:00Z"))).toBe("2026-06")
    expect(beijingMonth("2026-12-31T16:00:00Z")).toBe("2027-01")
  })

  it("shows times on Beijing's clock", () => {
    expect(beijingTime("2026-11-29T08:27:43.666Z")).toBe("2026-11-29 16:27")
  })

  it("writes a month for Chinese and English readers", () => {
    expect(formatMonth("2026-05", "zh-CN")).toBe("2026年5月")
    expect(formatMonth("2026-11", "en")).toBe("November 2026")
    expect(formatMonth("2026-13", "en")).toBe("2026-13")
  })

  it("accepts only YYYY-MM", () => {
    expect(isMonth("2026-01")).toBe(true)
    expect(isMonth("2026-00")).toBe(false)
    expect(isMonth("2026-1")).toBe(false)
    expect(isMonth("../x")).toBe(false)
  })
})
