import { laterScan, parseReferralRate, withinWindow } from "./rules"

const DAY = 24 * 3600_000
const now = new Date("2026-12-02T12:00:00Z")
const ago = (days: number) => new Date(now.getTime() - days * DAY)

describe("the attribution window", () => {
  it("counts a scan up to 30 days old, its last instant included, and not a day more", () => {
    expect(withinWindow(ago(0), now)).toBe(true)
    expect(withinWindow(ago(30), now)).toBe(true)
    expect(withinWindow(new Date(ago(30).getTime() - 1), now)).toBe(false)
    expect(withinWindow(ago(31), now)).toBe(false)
  })

  it("never counts a scan dated after the purchase", () => {
    expect(withinWindow(new Date(now.getTime() + 1000), now)).toBe(false)
  })
})

describe("two points scanned", () => {
  const spot = { id: "pscan_SPOT", scanned_at: ago(3) }
  const house = { id: "pscan_HOUSE", scanned_at: ago(1) }

  it("gives the purchase to the later scan, whichever the cart had first", () => {
    expect(laterScan(spot, house, now)).toBe(house)
    expect(laterScan(house, spot, now)).toBe(house)
  })

  it("never lets an expired scan win, nor keeps one", () => {
    const old = { id: "pscan_OLD", scanned_at: ago(40) }
    expect(laterScan(spot, old, now)).toBe(spot)
    expect(laterScan(old, spot, now)).toBe(spot)
    expect(laterScan(old, null, now)).toBeNull()
  })
})

describe("a referral rate", () => {
  it("is a decimal 0 ≤ rate < 1, normalised", () => {
    expect(parseReferralRate("0.050")).toBe("0.05")
    expect(parseReferralRate("0")).toBe("0")
    expect(["1", "-0.1", "abc", "", "0.1.2", "1e-2"].map(parseReferralRate)).toEqual([null, null, null, null, null, null])
  })
})
