import { catalogueFromMeili, catalogueQuerySchema, meiliCatalogueQueries, meiliLabelQuery, priceBand } from "./catalogue-search"

const parse = (params: Record<string, string>) => catalogueQuerySchema.parse(params)

describe("the catalogue query as Meilisearch queries", () => {
  it("answers a page at a multiple of its size, its exact count and every facet count from one query", () => {
    const queries = meiliCatalogueQueries("product_v2", parse({ q: "板栗", sort: "price_asc", limit: "24", offset: "48" }))
    expect(queries).toEqual([
      expect.objectContaining({ q: "板栗", filter: undefined, sort: ["price_cny:asc"], page: 3, hitsPerPage: 24, facets: ["category", "grade", "seller", "town", "price_band"] }),
    ])
    expect(queries[0]).not.toHaveProperty("offset")
  })

  it("counts apart for another offset, and each filtered facet and the price bands without their own filter", () => {
    const query = parse({ q: "板栗", grade: "special", seller: 'a"b', in_stock: "true", price_min: "10", sort: "newest", limit: "24", offset: "30" })
    const [main, count, ...rest] = meiliCatalogueQueries("product_v2", query)
    expect(main).toMatchObject({
      indexUid: "product_v2",
      q: "板栗",
      filter: 'grade = "special" AND seller = "a\\"b" AND in_stock = true AND price_cny >= 10',
      sort: ["created_at__ts:desc"],
      offset: 30,
      limit: 24,
      facets: ["category", "grade", "seller", "town"],
    })
    expect(count).toMatchObject({ filter: main.filter, page: 1, hitsPerPage: 0 })
    // The price bands without the price filter, then grade and seller each without its own.
    expect(rest.map((r) => [r.filter, r.facets])).toEqual([
      ['grade = "special" AND seller = "a\\"b" AND in_stock = true', ["price_band"]],
      ['seller = "a\\"b" AND in_stock = true AND price_cny >= 10', ["grade"]],
      ['grade = "special" AND in_stock = true AND price_cny >= 10', ["seller"]],
    ])
  })

  it("names facet values with one cheap query each: one product carrying the value, no counts", () => {
    const queries = ([{ field: "seller", value: 'a"b' }, { field: "town", value: "胜利镇" }] as const).map((key) => meiliLabelQuery("product_v2", key))
    expect(queries.map(({ attributesToRetrieve, ...rest }) => rest)).toEqual([
      { indexUid: "product_v2", q: "", filter: 'seller = "a\\"b"', limit: 1 },
      { indexUid: "product_v2", q: "", filter: 'town = "胜利镇"', limit: 1 },
    ])
    expect(queries[0].attributesToRetrieve).toEqual(expect.arrayContaining(["seller_name", "seller_name_en", "town_en", "grade_name_en"]))
  })

  it("puts a price in the band from its lower bound up to below the next", () => {
    expect([0, 49.99, 50, 199, 200, 5000, null].map(priceBand)).toEqual(["0-50", "0-50", "50-100", "100-200", "200-", "200-", null])
  })

  const doc = {
    id: "prod_1", handle: "h", title: "板栗", title_en: "Chestnuts", description: "", description_en: "", thumbnail: null,
    category: "chestnut", category_name: "罗田板栗", category_name_en: "Luotian chestnut", grade: "special", grade_name: "特级",
    grade_name_en: "Premium", seller: "s", seller_name: "社", seller_name_en: "Coop", seller_type: "cooperative", town: "胜利镇",
    town_en: "Shengli", price_cny: 78, stock: 5, in_stock: true, sizes: [], created_at: "2026-01-01T00:00:00.000Z",
  }

  it("reads one query's answer back as cards, facets, price bands and the exact count", () => {
    const results = [{ hits: [doc], totalHits: 7, facetDistribution: { category: { chestnut: 7 }, price_band: { "50-100": 5, "200-": 2 } } }]
    const result = catalogueFromMeili(parse({}), results, "direct")
    expect(result.count).toBe(7)
    expect(result.hits[0]).toMatchObject({ handle: "h", grade: { code: "special", name: "特级", name_en: "Premium" }, currency_code: "cny" })
    expect(result.facets.category).toEqual([{ value: "chestnut", count: 7 }])
    expect(result.facets.price?.map((band) => [band.key, band.count])).toEqual([["0-50", 0], ["50-100", 5], ["100-200", 0], ["200-", 2]])
  })

  it("reads the counts apart back in the order they were asked", () => {
    const query = parse({ grade: "special", price_max: "60", offset: "5" })
    const results = [
      { hits: [doc], estimatedTotalHits: 1, facetDistribution: { category: { chestnut: 1 }, grade: { special: 1 }, price_band: { "0-50": 1 } } },
      { totalHits: 7 },
      { facetDistribution: { price_band: { "0-50": 1, "50-100": 2, "100-200": 3, "200-": 1 } } },
      { facetDistribution: { grade: { special: 7, first: 9 } } },
    ]
    const result = catalogueFromMeili(query, results, "direct")
    expect(result.count).toBe(7)
    expect(result.facets.grade).toEqual([{ value: "first", count: 9 }, { value: "special", count: 7 }])
    expect(result.facets.category).toEqual([{ value: "chestnut", count: 1 }])
    expect(result.facets.price?.map((band) => band.count)).toEqual([1, 2, 3, 1])
  })
})
