import { meiliSuggestQuery, suggestionsFromMeili, toSuggestion } from "./suggest"

describe("the search box's suggestions", () => {
  it("asks Meilisearch for the first six hits and only the fields the box shows", () => {
    expect(meiliSuggestQuery("product_v2", "板栗")).toEqual({
      indexUid: "product_v2",
      q: "板栗",
      limit: 6,
      attributesToRetrieve: ["id", "handle", "title", "title_en", "sizes.net_weight_g", "sizes.price_cny", "sizes.in_stock"],
    })
  })

  it("keeps a hit's name, handle and sized prices, and nothing else of a card", () => {
    const size = { variant_id: "v1", net_weight_g: 500, price_cny: 39.9, stock: 3, in_stock: true, gtin: null }
    const card = { id: "prod_1", handle: "h", title: "板栗", title_en: "Chestnuts", sizes: [size], town: "胜利镇" }
    const expected = { id: "prod_1", handle: "h", title: "板栗", title_en: "Chestnuts", sizes: [{ net_weight_g: 500, price_cny: 39.9, in_stock: true }] }
    expect(toSuggestion(card)).toEqual(expected)
    expect(suggestionsFromMeili({ hits: [card] })).toEqual([expected])
    expect(suggestionsFromMeili({})).toEqual([])
  })
})
