import { catalogueFromMeili, catalogueQuerySchema, meiliCatalogueQueries } from "./catalogue-search"

const parse = (params: Record<string, string>) => catalogueQuerySchema.parse(params)

describe("the catalogue query as Meilisearch queries", () => {
  it("filters, sorts and counts each filtered facet without its own filter", () => {
    const query = parse({ q: "板栗", grade: "special", seller: 'a"b', in_stock: "true", price_min: "10", sort: "newest", limit: "24", offset: "24" })
    const [main, count, ...rest] = meiliCatalogueQueries("product_v2", query)
    expect(main).toMatchObject({
      indexUid: "product_v2",
      q: "板栗",
      filter: 'grade = "special" AND seller = "a\\"b" AND in_stock = true AND price_cny >= 10',
      sort: ["created_at__ts:desc"],
      offset: 24,
      limit: 24,
    })
    expect(count).toMatchObject({ filter: main.filter, page: 1, hitsPerPage: 0 })
    // Four price bands without the price filter, then grade and seller each without its own.
    expect(rest.map((r) => r.filter)).toEqual([
      'grade = "special" AND seller = "a\\"b" AND in_stock = true AND price_cny >= 0 AND price_cny < 50',
      'grade = "special" AND seller = "a\\"b" AND in_stock = true AND price_cny >= 50 AND price_cny < 100',
      'grade = "special" AND seller = "a\\"b" AND in_stock = true AND price_cny >= 100 AND price_cny < 200',
      'grade = "special" AND seller = "a\\"b" AND in_stock = true AND price_cny >= 200',
      'seller = "a\\"b" AND in_stock = true AND price_cny >= 10',
      'grade = "special" AND in_stock = true AND price_cny >= 10',
    ])
    expect(rest.slice(4).map((r) => r.facets)).toEqual([["grade"], ["seller"]])
  })

  it("reads the answers back as cards, facets and the exact count", () => {
    const query = parse({ grade: "special" })
    const doc = {
      id: "prod_1", handle: "h", title: "板栗", title_en: "Chestnuts", description: "", description_en: "", thumbnail: null,
      category: "chestnut", category_name: "罗田板栗", category_name_en: "Luotian chestnut", grade: "special", grade_name: "特级",
      grade_name_en: "Premium", seller: "s", seller_name: "社", seller_name_en: "Coop", seller_type: "cooperative", town: "胜利镇",
      town_en: "Shengli", price_cny: 78, stock: 5, in_stock: true, sizes: [], created_at: "2026-01-01T00:00:00.000Z",
    }
    const results = [
      { hits: [doc], estimatedTotalHits: 1, facetDistribution: { category: { chestnut: 1 }, grade: { special: 1 } } },
      { totalHits: 7 },
      { totalHits: 1 }, { totalHits: 2 }, { totalHits: 3 }, { totalHits: 1 },
      { facetDistribution: { grade: { special: 7, first: 9 } } },
    ]
    const result = catalogueFromMeili(query, results, "direct")
    expect(result.count).toBe(7)
    expect(result.hits[0]).toMatchObject({ handle: "h", grade: { code: "special", name: "特级", name_en: "Premium" }, currency_code: "cny" })
    expect(result.facets.grade).toEqual([{ value: "first", count: 9 }, { value: "special", count: 7 }])
    expect(result.facets.category).toEqual([{ value: "chestnut", count: 1 }])
    expect(result.facets.price?.map((band) => band.count)).toEqual([1, 2, 3, 1])
  })
})
