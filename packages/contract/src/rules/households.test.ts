import { publicHouseholdCount, publicHouseholdGroup } from "./households"

describe("households shown to buyers", () => {
  it("shows five or more, hides fewer", () => {
    expect([0, 1, 4, 5, 12].map(publicHouseholdCount)).toEqual([null, null, null, 5, 12])
  })
})

describe("public aggregates of households", () => {
  it("shows a group of five or more as its count and any smaller group as fewer than 5", () => {
    expect([0, 1, 4, 5, 6, 20_000].map(publicHouseholdGroup)).toEqual(["fewer_than_5", "fewer_than_5", "fewer_than_5", 5, 6, 20_000])
  })

  it("refuses what is not a count", () => {
    for (const bad of [-1, 4.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => publicHouseholdGroup(bad)).toThrow("Not a count")
  })
})
