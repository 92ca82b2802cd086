import { bySeller } from "./delivery"

describe("lines grouped by seller", () => {
  it("keeps each seller's lines together, in the order sellers first appear, with their shipping profiles", () => {
    const lines = [
      { id: "a", seller_id: "sel_chen", shipping_profile_id: "sp_chen" },
      { id: "b", seller_id: "sel_wang", shipping_profile_id: "sp_wang" },
      { id: "c", seller_id: "sel_chen", shipping_profile_id: "sp_chen" },
    ]
    expect(bySeller(lines).map(({ seller_id, profiles, lines }) => [seller_id, [...profiles], lines.map((l) => l.id)])).toEqual([
      ["sel_chen", ["sp_chen"], ["a", "c"]],
      ["sel_wang", ["sp_wang"], ["b"]],
    ])
  })

  it("has no group for no lines", () => {
    expect(bySeller([])).toEqual([])
  })
})
