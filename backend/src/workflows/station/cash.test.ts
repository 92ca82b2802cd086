import { cashDue, paysAtStation } from "./cash"

describe("cash at the station", () => {
  it("is due only from a buyer who pays at the station, for what is not captured yet, to the fen", () => {
    expect(cashDue({ total: "45.5", captured: "0" }, true)).toBe("45.50")
    expect(cashDue({ total: "45.5", captured: "45.5" }, true)).toBe("0.00")
    expect(cashDue({ total: "45.5", captured: "0" }, false)).toBe("0.00")
  })
  it("tells a station payment by its live provider", () => {
    expect(paysAtStation([{ provider_id: "pp_system_default" }])).toBe(true)
    expect(paysAtStation([{ provider_id: "pp_system_default", canceled_at: "2026-12-01" }])).toBe(false)
    expect(paysAtStation([{ provider_id: "pp_stripe_stripe" }])).toBe(false)
  })
})
