import { publicHouseholdCount } from "./households"

describe("households shown to buyers", () => {
  it("shows five or more, hides fewer", () => {
    expect([0, 1, 4, 5, 12].map(publicHouseholdCount)).toEqual([null, null, null, 5, 12])
  })
})
