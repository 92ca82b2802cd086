import { beijingDay, cashHeld, hashPickupCode, intakeReceiptNumber, newPickupCode, placementProblem, proofMatches } from "./rules"

describe("a station's place in the network", () => {
  const hub = { kind: "county_hub" as const, town: "凤山镇" }
  const shengli = { kind: "town" as const, town: "胜利镇" }
  it("puts the hub at the top, towns under it, villages under their own town", () => {
    expect(placementProblem(hub, null)).toBeNull()
    expect(placementProblem(hub, shengli)).toBe("parent_id: the county hub has no parent")
    expect(placementProblem(shengli, hub)).toBeNull()
    expect(placementProblem(shengli, null)).toBe("parent_id: a town station needs its parent station")
    expect(placementProblem({ kind: "village", town: "胜利镇", village: "板栗园村" }, shengli)).toBeNull()
    expect(placementProblem({ kind: "village", town: "胜利镇", village: "板栗园村" }, hub)).toBe("parent_id: a village station's parent is its town's station")
    expect(placementProblem({ kind: "village", town: "河铺镇", village: "新屋冲村" }, shengli)).toBe("parent_id: the parent station is in 胜利镇, not 河铺镇")
    expect(placementProblem({ kind: "village", town: "胜利镇" }, shengli)).toBe("village: a village station names its village")
  })
})

describe("pickup proofs", () => {
  const parcel = { id: "spcl_1", code_hash: hashPickupCode("spcl_1", "042917") }
  it("accepts the parcel's own code only, leading zeros kept", () => {
    expect(proofMatches({ code: "042917" }, parcel, null)).toBe(true)
    expect(proofMatches({ code: "42917" }, parcel, null)).toBe(false)
    expect(proofMatches({ code: "042917" }, { id: "spcl_2", code_hash: parcel.code_hash }, null)).toBe(false)
    expect(proofMatches({ code: "042917" }, { id: "spcl_1", code_hash: null }, null)).toBe(false)
  })
  it("accepts the order phone's last four digits only with an ID check", () => {
    expect(proofMatches({ phone_last4: "8000", id_checked: true }, parcel, "+86 138-0013-8000")).toBe(true)
    expect(proofMatches({ phone_last4: "8001", id_checked: true }, parcel, "13800138000")).toBe(false)
    expect(proofMatches({ phone_last4: "8000", id_checked: false as any }, parcel, "13800138000")).toBe(false)
    expect(proofMatches({ phone_last4: "0000", id_checked: true }, parcel, null)).toBe(false)
  })
  it("makes six-digit codes", () => {
    for (let i = 0; i < 50; i++) expect(newPickupCode()).toMatch(/^\d{6}$/)
  })
})

describe("Beijing days", () => {
  it("counts a moment on its day in Beijing (UTC+8)", () => {
    expect(beijingDay(new Date("2026-12-02T15:59:59Z"))).toBe("2026-12-02")
    expect(beijingDay(new Date("2026-12-02T16:00:00Z"))).toBe("2026-12-03")
  })
})

describe("intakes in the cash book", () => {
  it("numbers a station's receipts per Beijing day", () => {
    expect(intakeReceiptNumber("SL-ZZS", "2026-12-03", 7)).toBe("SL-ZZS-20261203-007")
  })

  it("holds what was received less what was remitted or paid out to households", () => {
    const entries = [
      { kind: "received" as const, amount: "100.00" },
      { kind: "remitted" as const, amount: "40.10" },
      { kind: "paid_out" as const, amount: "59.90" },
      { kind: "received" as const, amount: "0.01" },
    ]
    expect(cashHeld(entries).toFixed(2)).toBe("0.01")
  })
})
