import { columnOf, importRowSchema, ruleOfIssue } from "./listing-import"

const ROW = {
  listing: "lot-1", category: "chestnut", name: "fresh-chestnut", grade: "special", net_weight_g: "2500",
  price_cny: "95.5", stock: "10", gtin: "", description: "", description_en: "",
}
/** The field and rule of a row's first problem, or "ok". */
function problem(change: Partial<typeof ROW>) {
  const parsed = importRowSchema.safeParse({ ...ROW, ...change })
  if (parsed.success) return "ok"
  const issue = parsed.error.issues[0]
  return `${String(issue.path[0])} ${ruleOfIssue(issue as any)}`
}

describe("a sheet's row", () => {
  it("reads cells as the portal's form would take them", () => {
    expect(importRowSchema.parse(ROW)).toEqual({ ...ROW, net_weight_g: 2500, price_cny: 95.5, stock: 10, gtin: undefined, description: undefined, description_en: undefined })
  })

  it("names the field and rule of each kind of mistake", () => {
    expect(problem({ stock: "" })).toBe("stock required")
    expect(problem({ stock: "2.5" })).toBe("stock integer")
    expect(problem({ stock: "-1" })).toBe("stock range")
    expect(problem({ price_cny: "12.345" })).toBe("price_cny decimals")
    expect(problem({ price_cny: "1e9" })).toBe("price_cny format")
    expect(problem({ price_cny: "12,5" })).toBe("price_cny format")
    expect(problem({ net_weight_g: "1" + "0".repeat(400) })).toBe("net_weight_g range")
    expect(problem({ gtin: "6901234567891" })).toBe("gtin gtin")
    expect(problem({ description: "a\u0000b" })).toBe("description control_chars")
    expect(problem({ listing: "Lot 1" })).toBe("listing format")
    expect(problem({ name: " " })).toBe("name required")
    expect(problem({ description: "长".repeat(4001) })).toBe("description too_long")
  })

  it("knows a header cell by key, Chinese, English or both", () => {
    expect(["listing", "商品编码", "Listing code", "商品编码 listing", " PRICE (CNY) "].map(columnOf)).toEqual(["listing", "listing", "listing", "listing", "price_cny"])
    expect(columnOf("colour")).toBeUndefined()
  })
})
