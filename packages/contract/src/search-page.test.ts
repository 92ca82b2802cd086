import type { CatalogueResult, ProductCard } from "./catalogue"
import { isSearchQuery } from "./catalogue-query"
import { facetLabel, learnLabels, MAX_LABEL_LOOKUPS, unlabelled } from "./search-page"

const card = (seller: string, town: string) =>
  ({
    category: { handle: "chestnut", name: "罗田板栗", name_en: "Luotian chestnut" },
    grade: { code: "special", name: "特级", name_en: "Premium grade" },
    seller: { handle: seller, name: `${seller} 合作社`, name_en: `${seller} cooperative`, type: "cooperative" },
    town,
    town_en: `${town} (en)`,
  }) as unknown as ProductCard
const facet = (...values: string[]) => values.map((value) => ({ value, count: 1 }))
const result = (facets: CatalogueResult["facets"], hits: ProductCard[] = []) => ({ hits, count: hits.length, limit: 24, offset: 0, source: "t", facets })

describe("the search page's facet names", () => {
  it("names each value from the cards carrying it, and only own names count", () => {
    const labels = learnLabels([card("chen", "胜利镇")])
    expect(facetLabel(labels, "seller", "chen")).toEqual({ name: "chen 合作社", name_en: "chen cooperative" })
    expect(facetLabel(labels, "town", "胜利镇")).toEqual({ name: "胜利镇", name_en: "胜利镇 (en)" })
    expect(facetLabel(labels, "seller", "constructor")).toBeUndefined()
    // As a browser reads it back from JSON: plain objects.
    const read = JSON.parse(JSON.stringify(labels))
    expect(facetLabel(read, "grade", "special")?.name_en).toBe("Premium grade")
    expect(facetLabel(read, "seller", "toString")).toBeUndefined()
    learnLabels([card("wang", "九资河镇")], labels)
    expect(Object.keys(labels.seller)).toEqual(["chen", "wang"])
  })

  it("looks up what no card names (the chosen value too, once), never the categories, at most MAX_LABEL_LOOKUPS", () => {
    const labels = learnLabels([card("chen", "胜利镇")])
    const missing = unlabelled(result({ category: facet("tea"), seller: facet("chen", "wang"), town: facet("胜利镇") }), labels, { seller: "wang", town: "河铺镇" })
    expect(missing).toEqual([
      { field: "seller", value: "wang" },
      { field: "town", value: "河铺镇" },
    ])
    const many = facet(...Array.from({ length: 40 }, (_, i) => `s${i}`))
    expect(unlabelled(result({ seller: many }), labels, {})).toHaveLength(MAX_LABEL_LOOKUPS)
  })

  it("tells a search (words typed) from a category page", () => {
    expect(isSearchQuery(new URLSearchParams("q=%E6%9D%BF%E6%A0%97"))).toBe(true)
    expect(isSearchQuery(new URLSearchParams("category=tea&q=%20%20"))).toBe(false)
    expect(isSearchQuery(new URLSearchParams("category=tea"))).toBe(false)
    // The first of repeated words counts, as Next reads the page's query.
    expect(isSearchQuery(new URLSearchParams("q=&q=tea"))).toBe(false)
  })
})
