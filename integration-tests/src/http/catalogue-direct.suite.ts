import http from "node:http"
import type { AddressInfo } from "node:net"
import { catalogueFromMeili, meiliCatalogueQueries, catalogueQuerySchema, toSuggestion, type PublicSearch } from "@luotian/contract"
import { listApproved, PORIA } from "../support/listings"
import { registerSeller } from "../support/sellers"
import { adminHeaders, eventually } from "../support/store"

const { startFront } = require("../../../storefront/front/server.cjs")
const { PageCache } = require("../../../storefront/front/page-cache.cjs")
const { createDirectSearch } = require("../../../storefront/front/direct-search.cjs")

// The buyer's direct search: the storefront queries Meilisearch with the search-only key GET /store/search-key hands
// out. What the key can reach is checked against Meilisearch itself, as a buyer holding it could call it.
type Api = { get: Function; post: Function }
type Meili = { host: string; key: string }

// An edited price or stock must be searchable within this (the issue's promise to sellers); polled, not timed.
const FRESH_WITHIN_MS = 2_000
// The public fields a document carries: the card's, the pinyin spellings of its names, its price band and the
// provider's timestamp.
const PUBLIC_FIELDS = [
  "id", "handle", "title", "title_en", "description", "description_en", "thumbnail", "category", "category_name",
  "category_name_en", "grade", "grade_name", "grade_name_en", "seller", "seller_name", "seller_name_en", "seller_type",
  "town", "town_en", "pinyin", "pinyin_initials", "price_cny", "price_band", "stock", "in_stock", "sizes", "created_at", "created_at__ts",
]

export function directSearchTests(api: Api, store: () => { headers: Record<string, string> }, meili: () => Meili) {
  let pub: PublicSearch
  const call = (path: string, init: RequestInit = {}, key = pub.key) =>
    fetch(`${pub.host}${path}`, { ...init, headers: { "content-type": "application/json", authorization: `Bearer ${key}` } })
  const direct = async (params: Record<string, string>) => {
    const query = catalogueQuerySchema.parse(params)
    const response = await call("/multi-search", { method: "POST", body: JSON.stringify({ queries: meiliCatalogueQueries(pub.index, query) }) })
    expect(response.status).toBe(200)
    return catalogueFromMeili(query, (await response.json()).results, "direct")
  }
  const raw = async (body: Record<string, unknown>) => {
    const response = await call(`/indexes/${pub.index}/search`, { method: "POST", body: JSON.stringify(body) })
    expect(response.status).toBe(200)
    return (await response.json()).hits as Record<string, unknown>[]
  }

  beforeAll(async () => {
    pub = (await api.get("/store/search-key", store())).data
  })

  it("hands out a search-only key, never the master key, and the direct search answers as the catalogue route", async () => {
    expect(pub.index).toMatch(/^product_v\d+$/)
    expect(pub.key).toMatch(/^[0-9a-f]{64}$/)
    expect(pub.key).not.toBe(meili().key)
    expect(JSON.stringify(pub)).not.toContain(meili().key)
    // Pages at a multiple of their size count in the page's own query; other offsets count apart (meiliCatalogueQueries).
    const asked = [
      { q: "板栗", limit: "50" },
      { category: "chestnut", grade: "special", sort: "price_asc" },
      { q: "茶", price_min: "50", price_max: "200" },
      { limit: "4", offset: "4", sort: "price_desc" },
      { q: "板栗", limit: "5", offset: "3", town: "胜利镇" },
    ]
    for (const params of asked) {
      const { data: route } = await api.get(`/store/catalogue?${new URLSearchParams(params)}`, store())
      const mine = await direct(params)
      expect(mine.hits).toEqual(route.hits)
      expect(mine.count).toBe(route.count)
      expect(mine.facets).toEqual(route.facets)
    }
  })

  it("answers the search box and the search page in the storefront's front straight from Meilisearch, as the catalogue does", async () => {
    // Next behind the front: a stand-in that says what reached it (Next's own routes answer behind the real front in
    // the browser suites' store).
    const reachedNext: string[] = []
    const next = http.createServer((req, res) => (reachedNext.push(req.url!), res.writeHead(404).end()))
    await new Promise<void>((resolve) => next.listen(0, "127.0.0.1", resolve))
    const fronts: { stop: () => Promise<void> }[] = []
    const front = async (publishableKey: () => string, kept?: unknown) => {
      const directSearch = createDirectSearch({ backendUrl: (api as any).defaults.baseURL, publishableKey, kept })
      const upstream = `127.0.0.1:${(next.address() as AddressInfo).port}`
      const started = await startFront({ upstream, listenPort: 0, listenHost: "127.0.0.1", pageCache: new PageCache({ ttlMs: 0 }), directSearch })
      fronts.push(started)
      const base = `http://127.0.0.1:${(started.server.address() as AddressInfo).port}`
      return (path: string) => fetch(base + path)
    }
    try {
      const ask = await front(() => store().headers["x-publishable-api-key"])
      for (const q of ["板栗", "banli", "black goat", "fuling", "茶叶"]) {
        const response = await ask(`/en/search/suggest?q=${encodeURIComponent(` ${q} `)}`)
        expect(response.status).toBe(200)
        expect(response.headers.get("x-suggestions")).toBe("meilisearch")
        expect(response.headers.get("cache-control")).toMatch(/^public, max-age=30/)
        const { suggestions } = await response.json()
        const { data: route } = await api.get(`/store/catalogue?${new URLSearchParams({ q, limit: "6" })}`, store())
        expect([q, suggestions]).toEqual([q, route.hits.map(toSuggestion)])
        expect([q, suggestions.length]).not.toEqual([q, 0])
      }
      expect(await (await ask("/zh-CN/search/suggest?q=%20")).json()).toEqual({ suggestions: [] })
      // The search page's results: the catalogue's hits, count and facets, each facet value named in both languages.
      for (const params of [{ q: "板栗", limit: "24" }, { q: "banli", grade: "special", sort: "price_asc", limit: "2", offset: "1" }, { limit: "24", seller: "direct-none" }]) {
        const response = await ask(`/en/search/results?${new URLSearchParams(params)}`)
        expect(response.status).toBe(200)
        expect(response.headers.get("x-search-results")).toBe("meilisearch")
        const { result, labels } = await response.json()
        const { data: route } = await api.get(`/store/catalogue?${new URLSearchParams(params)}`, store())
        expect([params, result.hits, result.count, result.facets]).toEqual([params, route.hits, route.count, route.facets])
        for (const { value } of route.facets.seller) expect([value, labels.seller[value]?.name_en]).toEqual([value, expect.any(String)])
      }
      expect(reachedNext).toEqual([])
      // With the front's page cache, a search page's results are kept as its pages are (whatever the order of the
      // query), and forgotten with them when the backend revalidates; suggestions never.
      const kept = new PageCache({ ttlMs: 60_000 })
      const keeping = await front(() => store().headers["x-publishable-api-key"], kept)
      const state = async (path: string) => {
        const response = await keeping(path)
        return [response.headers.get("x-page-cache"), await response.text()]
      }
      const [missed, body] = await state("/zh-CN/search/results?q=tea&limit=24")
      expect(missed).toBe("MISS")
      expect(await state("/zh-CN/search/results?limit=24&q=tea")).toEqual(["HIT", body])
      expect((await state("/zh-CN/search/results?q=tea&limit=12"))[0]).toBe("MISS")
      expect((await state("/zh-CN/search/suggest?q=tea"))[0]).toBeNull()
      kept.clear()
      expect((await state("/zh-CN/search/results?q=tea&limit=24"))[0]).toBe("MISS")
      // What it does not answer reaches Next: another locale, a query the catalogue refuses (Next's route says why),
      // and everything when the backend refuses the key.
      expect((await ask("/fr/search/suggest?q=tea")).status).toBe(404)
      expect((await ask("/zh-CN/search/results?q=tea&limit=1000")).status).toBe(404)
      const forged = await front(() => "pk_forged")
      expect((await forged("/zh-CN/search/suggest?q=tea")).status).toBe(404)
      expect(reachedNext).toEqual(["/fr/search/suggest?q=tea", "/zh-CN/search/results?q=tea&limit=1000", "/zh-CN/search/suggest?q=tea"])
    } finally {
      await Promise.all(fronts.map((started) => started.stop()))
      next.close()
    }
  })

  it("lets the public key read nothing but searches of the public product index", async () => {
    const master = meili().key
    // Another index with something in it, made with the master key.
    const task = await (await call("/indexes/secrets/documents", { method: "POST", body: JSON.stringify([{ id: 1, note: "hidden" }]) }, master)).json()
    await eventually(async () => expect((await (await call(`/tasks/${task.taskUid}`, {}, master)).json()).status).toBe("succeeded"))
    const refused = [
      ["GET", "/keys"],
      ["GET", "/indexes"],
      ["GET", `/indexes/${pub.index}`],
      ["GET", `/indexes/${pub.index}/documents`],
      ["POST", `/indexes/${pub.index}/documents/fetch`],
      ["GET", `/indexes/${pub.index}/settings`],
      ["POST", `/indexes/${pub.index}/documents`],
      ["DELETE", `/indexes/${pub.index}`],
      ["GET", "/tasks"],
      ["GET", "/stats"],
      ["POST", "/dumps"],
      ["POST", "/swap-indexes"],
      ["POST", "/indexes/secrets/search"],
      ["GET", "/indexes/secrets/documents"],
    ]
    for (const [method, path] of refused) {
      const response = await call(path, { method, ...(method === "POST" && { body: "{}" }) })
      expect([method, path, response.status]).toEqual([method, path, 403])
    }
    const other = await call("/multi-search", { method: "POST", body: JSON.stringify({ queries: [{ indexUid: "secrets", q: "" }] }) })
    expect(other.status).toBe(403)
    const hits = await raw({ q: "", limit: 1000, attributesToRetrieve: ["*"] })
    expect(hits.length).toBeGreaterThan(10)
    for (const hit of hits) expect(PUBLIC_FIELDS).toEqual(expect.arrayContaining(Object.keys(hit)))
  })

  it("hides drafts and suspended sellers' products from the public key, whatever the filter", async () => {
    const admin = await adminHeaders(api as any)
    const seller = await registerSeller(api as any, "direct-hidden-coop")
    const draft = await listApproved(api as any, seller, PORIA)
    const listed = await listApproved(api as any, seller, { ...PORIA, grade: "select-2" })
    await eventually(async () => expect((await direct({ seller: "direct-hidden-coop" })).count).toBe(2), 120_000)
    await api.post(`/admin/products/${draft.id}`, { status: "draft" }, admin)
    await eventually(async () => expect((await direct({ seller: "direct-hidden-coop" })).hits.map((h) => h.id)).toEqual([listed.id]), 30_000)
    await api.post(`/admin/sellers/${seller.id}/status`, { status: "suspended" }, admin)
    await eventually(async () => expect((await direct({ seller: "direct-hidden-coop" })).count).toBe(0), 30_000)
    // Asked by id, handle, seller or with the filter syntax turned inside out: nothing.
    for (const filter of [
      `id = "${draft.id}"`,
      `id IN ["${draft.id}", "${listed.id}"]`,
      `seller = "direct-hidden-coop"`,
      `handle = "${listed.handle}" OR NOT handle = "${listed.handle}"`,
      `seller EXISTS AND seller = "direct-hidden-coop"`,
    ]) {
      const response = await call(`/indexes/${pub.index}/search`, { method: "POST", body: JSON.stringify({ q: "", filter, limit: 1000 }) })
      const hits = response.ok ? (await response.json()).hits : []
      expect(hits.filter((hit: any) => hit.id === draft.id || hit.id === listed.id)).toEqual([])
    }
    expect(await raw({ q: "direct-hidden-coop" })).toEqual([])
  }, 300_000)

  it("finds an edited price and stock through the public key within 2 s", async () => {
    const admin = await adminHeaders(api as any)
    const seller = await registerSeller(api as any, "direct-fresh-coop")
    const listing = await listApproved(api as any, seller, PORIA)
    const variant_id = listing.variants[0].id
    const card = async () => (await direct({ seller: "direct-fresh-coop" })).hits[0]
    // Its approval may queue behind the seed's events; from here on each edit is on its own.
    await eventually(async () => expect(await card()).toBeDefined(), 120_000)
    await api.post(`/admin/products/${listing.id}/variants/${variant_id}`, { prices: [{ currency_code: "cny", amount: 46.5 }] }, admin)
    await eventually(async () => expect((await card()).price_cny).toBe(46.5), FRESH_WITHIN_MS)
    await api.post(`/vendors/me/products/${listing.id}/stock`, { variant_id, stock: 33 }, seller.auth)
    await eventually(async () => expect((await card()).stock).toBe(33), FRESH_WITHIN_MS)
  }, 300_000)

  it("reindexes by swapping: one product index afterwards, and search answers throughout", async () => {
    const admin = await adminHeaders(api as any)
    let answered = 0
    let failed = 0
    let reindexing = true
    const searching = (async () => {
      while (reindexing) {
        const result = await direct({ q: "板栗" }).catch(() => null)
        if (result && result.count > 0) answered += 1
        else failed += 1
      }
    })()
    const { data } = await api.post("/admin/catalogue/reindex", {}, admin)
    reindexing = false
    await searching
    expect(data).toMatchObject({ index: pub.index })
    expect(failed).toBe(0)
    expect(answered).toBeGreaterThan(0)
    // Every product the store shows, no more.
    expect(data.documents).toBe((await direct({})).count)
    expect(data.documents).toBeGreaterThanOrEqual(40)
    const indexes = (await (await call("/indexes?limit=100", {}, meili().key)).json()).results.map((index: any) => index.uid)
    expect(indexes.filter((uid: string) => uid.startsWith("product"))).toEqual([pub.index])
    expect((await direct({ q: "板栗" })).count).toBeGreaterThan(0)
  }, 300_000)
}
