import { gradeAllows, LOT_CODE, lotPrefix, nextLotCode, packsQuantity, remaining, suppliesProblem } from "./rules"

describe("lot codes", () => {
  it("prefixes a seller's lots with its handle's initials and numbers a day's lots from 01", () => {
    expect(lotPrefix("sanli-chestnut-coop")).toBe("SCC")
    expect(lotPrefix("a-b-c-d-e")).toBe("ABCD")
    expect(lotPrefix("---")).toBe("LT")
    const day = new Date("2026-04-12T00:00:00Z")
    expect(nextLotCode("SL", day, [])).toBe("SL-2026-0412-01")
    expect(nextLotCode("SL", day, ["SL-2026-0412-01", "SL-2026-0412-02", "SL-2026-0411-03"])).toBe("SL-2026-0412-03")
  })

  it("accepts only what GS1's AI 10 and a label can carry", () => {
    expect(LOT_CODE.test("SL-2026-0412-03")).toBe(true)
    expect(LOT_CODE.test("A".repeat(20))).toBe(true)
    for (const bad of ["", "-SL", "A".repeat(21), "sl-1", "SL 1", "SL/1"]) expect([bad, LOT_CODE.test(bad)]).toEqual([bad, false])
  })
})

describe("households' shares", () => {
  it("takes shares that add up to at most the lot, exactly", () => {
    expect(suppliesProblem("0.3", [{ member_id: "a", quantity: "0.1" }, { member_id: "b", quantity: "0.2" }])).toBeNull()
    expect(suppliesProblem("100", [])).toBeNull()
  })

  it("refuses more than the lot and a household listed twice, naming the field", () => {
    expect(suppliesProblem("100", [{ member_id: "a", quantity: "60" }, { member_id: "b", quantity: "40.001" }])).toMatch(/^households: together 100.001 is more than the lot's quantity 100/)
    expect(suppliesProblem("100", [{ member_id: "a", quantity: "1" }, { member_id: "a", quantity: "1" }])).toMatch(/^households\.1\.member_id:/)
  })
})

describe("packs and what remains", () => {
  it("counts packs in the lot's unit exactly", () => {
    expect(packsQuantity("kg", 2000, 3).toString()).toBe("6")
    expect(packsQuantity("kg", 250, 3).toString()).toBe("0.75")
    expect(packsQuantity("unit", 2000, 3).toString()).toBe("3")
    expect(remaining("10", ["0.1", "0.2"]).toString()).toBe("9.7")
    expect(remaining("10", []).toString()).toBe("10")
  })
})

describe("grade gate", () => {
  it("lets a lot stock only listings of its grade or below, never when ungraded", () => {
    expect(gradeAllows(1, 1)).toBe(true)
    expect(gradeAllows(1, 2)).toBe(true)
    expect(gradeAllows(2, 1)).toBe(false)
    expect(gradeAllows(null, 3)).toBe(false)
    expect(gradeAllows(undefined, 3)).toBe(false)
  })
})
