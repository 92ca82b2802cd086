import { activeFilters, backendQuery, bandRange, catalogueSearch, cataloguePath, parseCatalogueQuery, priceErrors, type CatalogueState } from "./catalogue-query"

const EMPTY = parseCatalogueQuery({})

// Reading a state from the URL and keying its page are the contract's, tested there (catalogue-query.test.ts).
describe("catalogue query", () => {
  it("builds links that change one thing and start again on page 1", () => {
    const state: CatalogueState = { ...EMPTY, q: "板栗", grade: "first", page: 3 }
    expect(cataloguePath("zh-CN", state, { grade: "special" })).toBe("/zh-CN/products?q=%E6%9D%BF%E6%A0%97&grade=special")
    expect(cataloguePath("en", state, { page: 4 })).toBe("/en/products?q=%E6%9D%BF%E6%A0%97&grade=first&page=4")
    expect(cataloguePath("en", EMPTY)).toBe("/en/products")
  })

  it("checks the price range as typed, full-width digits too", () => {
    expect(priceErrors({ price_min: "", price_max: "" })).toEqual([])
    expect(priceErrors({ price_min: "50", price_max: "99.99" })).toEqual([])
    expect(priceErrors({ price_min: "100", price_max: "100" })).toEqual([])
    expect(priceErrors({ price_min: "abc", price_max: "1.234" })).toEqual([
      { field: "price_min", reason: "format" },
      { field: "price_max", reason: "format" },
    ])
    expect(priceErrors({ price_min: "-5", price_max: "" })).toEqual([{ field: "price_min", reason: "format" }])
    expect(priceErrors({ price_min: "200", price_max: "100.5" })).toEqual([{ field: "price_min", reason: "order" }])
    expect(parseCatalogueQuery({ price_min: "５０．５" }).price_min).toBe("50.5")
  })

  it("asks the backend only what it can answer, keeping the typed price on the page", () => {
    const state: CatalogueState = { ...EMPTY, q: "茶", seller: "dabie-cloud-tea-coop", price_min: "abc", price_max: "80", in_stock: true, page: 2 }
    expect(backendQuery(state, 24)).toEqual({ q: "茶", seller: "dabie-cloud-tea-coop", in_stock: "true", limit: "24", offset: "24" })
    expect(backendQuery({ ...state, price_min: "20", sort: "newest" }, 24)).toMatchObject({ price_min: "20", price_max: "80", sort: "newest" })
    expect(catalogueSearch(state).get("price_min")).toBe("abc")
  })

  it("turns a price band [from, to) into the inclusive range the backend filters by", () => {
    expect(bandRange(0, 50)).toEqual({ price_min: "", price_max: "49.99" })
    expect(bandRange(100, 200)).toEqual({ price_min: "100", price_max: "199.99" })
    expect(bandRange(200)).toEqual({ price_min: "200", price_max: "" })
  })

  it("lists the active filters, each with what removing it leaves", () => {
    const state: CatalogueState = { ...EMPTY, q: "板栗", category: "chestnut", grade: "special", price_max: "49.99", in_stock: true }
    const active = activeFilters(state)
    expect(active.map((filter) => filter.key)).toEqual(["category", "grade", "price", "in_stock"])
    const path = (without: Partial<CatalogueState>) => cataloguePath("zh-CN", state, without)
    expect(path(active[1].without)).toBe("/zh-CN/products?q=%E6%9D%BF%E6%A0%97&category=chestnut&price_max=49.99&in_stock=true")
    // A category's grades and sellers go with it.
    expect(path(active[0].without)).toBe("/zh-CN/products?q=%E6%9D%BF%E6%A0%97&price_max=49.99&in_stock=true")
    expect(path(active[3].without)).toBe("/zh-CN/products?q=%E6%9D%BF%E6%A0%97&category=chestnut&grade=special&price_max=49.99")
  })

})
