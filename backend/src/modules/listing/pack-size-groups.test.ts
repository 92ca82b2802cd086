import ListingModuleService from "./service"

const row = (product_id: string, seller_id: string, grade_code: string, weights: number[]) => ({ product_id, seller_id, name_code: "fresh-chestnut", grade_code, weights })
const service = new ListingModuleService({} as any, {})

describe("which one-size products become one product with pack sizes", () => {
  it("groups a seller's products of one name and grade, and nothing else", () => {
    const groups = service.packSizeGroups([
      row("p1", "s1", "special", [2500]), row("p2", "s1", "special", [5000]), row("p3", "s1", "first", [2500]),
      row("p4", "s2", "special", [1500]), row("p5", "s1", "special", [1500]),
    ])
    expect(groups.map((g) => g.map((r) => r.product_id))).toEqual([["p1", "p2", "p5"]])
  })

  it("leaves a group alone when two products have the same size, and skips products already with sizes", () => {
    expect(service.packSizeGroups([row("p1", "s1", "special", [2500]), row("p2", "s1", "special", [2500])])).toEqual([])
    expect(service.packSizeGroups([row("p1", "s1", "special", [2500, 5000]), row("p2", "s1", "special", [1500])])).toEqual([])
  })
})
