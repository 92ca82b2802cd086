import { moveTo } from "./photo-order"

describe("moving a photo", () => {
  it("puts it at the new place and shifts the others", () => {
    expect(moveTo(["a", "b", "c"], 2, 0)).toEqual(["c", "a", "b"])
    expect(moveTo(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"])
  })

  it("keeps the list when the move goes nowhere or past an end", () => {
    const ids = ["a", "b"]
    expect(moveTo(ids, 0, -1)).toBe(ids)
    expect(moveTo(ids, 1, 5)).toBe(ids)
    expect(moveTo(ids, 4, 0)).toBe(ids)
  })
})
