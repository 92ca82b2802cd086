import { catalogueKey, catalogueKeyOfSearch, catalogueSearch, parseCatalogueQuery, stateFromKey } from "./catalogue-query"

const EMPTY = parseCatalogueQuery({})

describe("a catalogue page's state", () => {
  it("reads every filter from the URL and writes it back the same", () => {
    const url = "q=%E6%9D%BF%E6%A0%97&category=chestnut&grade=special&seller=shengli-chestnut-coop&town=%E8%83%9C%E5%88%A9%E9%95%87&price_min=50&price_max=99.99&in_stock=true&sort=price_asc&page=2"
    const state = parseCatalogueQuery(Object.fromEntries(new URLSearchParams(url)))
    expect(state).toEqual({
      q: "板栗",
      category: "chestnut",
      grade: "special",
      seller: "shengli-chestnut-coop",
      town: "胜利镇",
      price_min: "50",
      price_max: "99.99",
      in_stock: true,
      sort: "price_asc",
      page: 2,
    })
    expect(catalogueSearch(state).toString()).toBe(url)
  })

  it("leaves defaults out of the URL and falls back on them for nonsense", () => {
    expect(EMPTY).toMatchObject({ q: "", sort: "relevance", page: 1, in_stock: false })
    expect(catalogueSearch(EMPTY).toString()).toBe("")
    const odd = parseCatalogueQuery({ q: ["  茶  ", "咖啡"], sort: "cheapest", page: "-3", in_stock: "yes" })
    expect(odd).toMatchObject({ q: "茶", sort: "relevance", page: 1, in_stock: false })
    expect(parseCatalogueQuery({ page: "99999" }).page).toBe(400)
    expect(parseCatalogueQuery({ q: "栗".repeat(300) }).q).toHaveLength(100)
  })

  it("keys a cached page by the state alone: same state, same key; unknown parameters and defaults dropped", () => {
    const key = catalogueKey(parseCatalogueQuery({ q: " 板栗 ", grade: "special", sort: "price_asc", utm_source: "wechat", page: "1" }))
    expect(key).toBe(catalogueKey(parseCatalogueQuery({ sort: "price_asc", grade: "special", q: "板栗" })))
    expect(key).toMatch(/^s[A-Za-z0-9_-]+$/)
    expect(stateFromKey(key!)).toEqual({ ...EMPTY, q: "板栗", grade: "special", sort: "price_asc" })
    expect(catalogueKey(EMPTY)).toBe("s")
    expect(stateFromKey("s")).toEqual(EMPTY)
    expect(catalogueKey({ ...EMPTY, q: "板栗", page: 2 })).not.toBe(catalogueKey({ ...EMPTY, q: "板栗" }))
  })

  it("refuses keys that are not a state's own, and gives over-long states no key", () => {
    const key = catalogueKey({ ...EMPTY, q: "tea" })!
    // The same state written another way (a default spelled out, another order) is not its key.
    const other = "s" + btoa("sort=relevance&q=tea").replace(/=+$/, "")
    for (const bad of [other, key + "A", "x" + key.slice(1), "s!!", "s" + "A".repeat(300), "s" + btoa("\xff\xfe")]) expect(stateFromKey(bad)).toBeNull()
    expect(catalogueKey({ ...EMPTY, q: "栗".repeat(100) })).toBeNull()
  })

  it("keys a page's URL query as Next reads it: a repeated parameter by its first value, the order of no weight", () => {
    const key = catalogueKey(parseCatalogueQuery({ q: "板栗", seller: "wang" }))
    expect(catalogueKeyOfSearch(new URLSearchParams("seller=wang&utm_source=wechat&q=%E6%9D%BF%E6%A0%97&sort=relevance"))).toBe(key)
    expect(catalogueKeyOfSearch(new URLSearchParams("q=%E6%9D%BF%E6%A0%97&q=%E8%8C%B6&seller=wang"))).toBe(key)
    expect(catalogueKeyOfSearch(new URLSearchParams(`q=${"栗".repeat(100)}`))).toBeNull()
  })
})
