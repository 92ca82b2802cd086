import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { expectPriceBands } from "../support/price-bands"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import Redis from "ioredis"
import { adminHeaders, backendDir, eventually, productByHandle, seedStore, storeHeaders } from "../support/store"
import { checkout } from "../support/checkout"
import { PORIA, listApproved } from "../support/listings"
import { failure, registerSeller } from "../support/sellers"
import { csvOf, listingSheet } from "../support/listing-sheet"
import { suiteMeilisearch } from "../support/meilisearch"
import { directSearchTests } from "./catalogue-direct.suite"
import { HORIZON, pauseCatchUp, resumeCatchUp } from "../../../backend/src/search/catch-up"
import { fallbackRelevanceTest, relevanceTests } from "./relevance.suite"
import http from "node:http"
import type { AddressInfo } from "node:net"

jest.setTimeout(180_000)
// The seed's stock events are indexed too and queue ahead of a test's edit; on a busy 2-core machine that took over 30 s.
const INDEXED_WITHIN = 90_000

let meili: Awaited<ReturnType<typeof suiteMeilisearch>>
// Events the worker has yet to handle (the lists and sets of BullMQ's queue, as Medusa's Redis event bus names it).
async function queuedEvents() {
  const redis = new Redis(process.env.REDIS_URL!)
  const key = (state: string) => `RedisEventBusService:events-queue:${state}`
  try {
    return (await redis.llen(key("wait"))) + (await redis.llen(key("active"))) + (await redis.zcard(key("prioritized"))) + (await redis.zcard(key("delayed")))
  } finally {
    redis.disconnect()
  }
}

// Stands in for the storefront's /api/revalidate: the tags the backend asks it to refresh.
const revalidated = new Set<string>()
const storefront = http.createServer((req, res) => {
  let body = ""
  req.on("data", (chunk) => (body += chunk))
  req.on("end", () => {
    if (req.headers["x-revalidate-secret"] === "catalogue-suite") JSON.parse(body).tags.forEach((tag: string) => revalidated.add(tag))
    res.end("{}")
  })
})

beforeAll(async () => {
  meili = await suiteMeilisearch()
  process.env.MEILISEARCH_HOST = meili.host
  process.env.MEILISEARCH_API_KEY = meili.key
  // This suite runs on the production-like services: Redis carries events, workflows, locks and cache.
  // A Redis database of its own: suites running at the same time on one Redis would take each other's events.
  process.env.REDIS_URL = process.env.TEST_REDIS_URL || `redis://127.0.0.1:6379/${1 + (process.pid % 15)}`
  await new Promise<void>((resolve) => storefront.listen(0, "127.0.0.1", resolve))
  process.env.STOREFRONT_URL = `http://127.0.0.1:${(storefront.address() as AddressInfo).port}`
  process.env.REVALIDATE_SECRET = "catalogue-suite"
  // The search catch-up pass every 10 s rather than every minute (jobs/search-catch-up.ts).
  process.env.SEARCH_CATCH_UP_SCHEDULE = "*/10 * * * * *"
})

afterAll(async () => {
  await meili?.stop()
  storefront.close()
})

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }
    const relevance = { api, store: () => store, admin: () => admin }
    const search = async (params: Record<string, string>) => {
      const { data } = await api.get(`/store/catalogue?${new URLSearchParams(params)}`, store)
      return data
    }

    beforeAll(async () => {
      await seedStore(getContainer())
      store = await storeHeaders(getContainer())
      admin = await adminHeaders(api)
    })

    describe("relevance", () => relevanceTests(relevance))

    it("runs its infrastructure modules on Redis", async () => {
      const container = getContainer()
      const redis = new Redis(process.env.REDIS_URL!)
      const workflowQueues = await redis.keys("bull:medusa-workflows*")
      redis.disconnect()
      expect(workflowQueues.length).toBeGreaterThan(0)
      expect(container.resolve(Modules.EVENT_BUS).constructor.name).toBe("RedisEventBusService")
      expect(container.resolve(Modules.CACHE).constructor.name).toBe("RedisCacheService")
    })

    it("lets a job wait past 5 s for a lock taken without a timeout of its own, as Medusa's stock reservation takes it", async () => {
      const locking = getContainer().resolve(Modules.LOCKING)
      const key = `lock-wait-${Date.now()}`
      await locking.acquire(key, { ownerId: "holder", expire: 30 })
      const released = new Promise((resolve) => setTimeout(() => resolve(locking.release(key, { ownerId: "holder" })), 7_000))
      const started = Date.now()
      // The Redis provider's default wait is 5 s, after which this would be refused (CONFLICT, a 409 at checkout).
      expect(await locking.execute(key, async () => "reserved")).toBe("reserved")
      expect(Date.now() - started).toBeGreaterThanOrEqual(6_500)
      await released
    })

    it("finds the chestnuts for 板栗, in Meilisearch", async () => {
      const result = await search({ q: "板栗", limit: "50" })
      expect(result.source).toBe("meilisearch")
      // One card per product: the premium Shengli chestnuts' three pack sizes are one hit. With its synonym
      // "chestnut", 板栗 also finds the cloud-mist tea's "chestnut-like aroma", after every chestnut product.
      const chestnuts = result.hits.filter((hit: any) => hit.category.handle === "chestnut")
      expect(chestnuts).toHaveLength(10)
      expect(result.hits.slice(0, 10)).toEqual(chestnuts)
      expect(result.facets.category).toEqual(expect.arrayContaining([{ value: "chestnut", count: 10 }]))
      expect(result.facets.category.map((facet: any) => facet.value).sort()).toEqual(["chestnut", "tea"])
      const premium = result.hits.find((hit: any) => hit.handle === "fresh-chestnut-special")
      expect(premium).toMatchObject({
        title: "罗田鲜板栗 · 特级",
        title_en: "Luotian fresh chestnuts · Premium grade",
        grade: { code: "special", name: "特级", name_en: "Premium grade" },
        seller: { handle: "shengli-chestnut-coop", type: "cooperative", name_en: "Shengli Town Chestnut Cooperative" },
        town: "胜利镇",
        price_cny: 78,
        stock: 500,
        in_stock: true,
      })
      expect(premium.sizes.map((size: any) => [size.net_weight_g, size.price_cny, size.stock, size.in_stock])).toEqual([
        [1500, 78, 80, true],
        [2500, 88, 300, true],
        [5000, 168, 120, true],
      ])
      expect(premium.sizes.every((size: any) => /^690\d{10}$/.test(size.gtin) && size.variant_id.startsWith("variant_"))).toBe(true)
    })

    it("forgives the typo in chesnut and reads English", async () => {
      const typo = await search({ q: "chesnut", limit: "50" })
      const handles = typo.hits.filter((hit: any) => hit.category.handle === "chestnut").map((hit: any) => hit.handle)
      expect(handles).toHaveLength(10)
      const goat = await search({ q: "black goat ribs" })
      expect(goat.hits[0].category.handle).toBe("black-goat")
      expect(goat.hits[0].title).toContain("羊排")
    })

    it("finds the Poria products for 茯苓", async () => {
      const result = await search({ q: "茯苓", limit: "50" })
      const handles = result.hits.map((hit: any) => hit.handle)
      // Every Poria listing, then the other herbs of the "九资河茯苓与中药材" category.
      for (const poria of ["poria-slices-select-1", "poria-cubes-bulk", "poria-whole-select-1", "family-poria-slices-select-1", "poria-powder-select-2"]) {
        expect(handles).toContain(poria)
      }
      expect(result.hits.every((hit: any) => hit.category.handle === "herbs")).toBe(true)
      expect(result.hits[0].title).toContain("茯苓")
    })

    it("filters and counts facets, and sorts by price", async () => {
      const result = await search({ category: "chestnut", grade: "special", sort: "price_asc", limit: "50" })
      expect(result.hits.map((hit: any) => hit.grade.code)).toEqual(Array(result.hits.length).fill("special"))
      expect(result.count).toBe(5)
      // By the lowest price of each product's sizes.
      const prices = result.hits.map((hit: any) => hit.price_cny)
      expect(prices).toEqual([...prices].sort((a, b) => a - b))
      expect(result.hits.every((hit: any) => hit.price_cny === Math.min(...hit.sizes.map((size: any) => size.price_cny)))).toBe(true)
      // Disjunctive facets: the grade facet still shows the other chestnut grades.
      expect(result.facets.grade).toEqual(
        expect.arrayContaining([{ value: "special", count: 5 }, { value: "first", count: 4 }, { value: "second", count: 1 }])
      )
      expect(result.facets.seller).toEqual(
        expect.arrayContaining([{ value: "shengli-chestnut-coop", count: 2 }, { value: "daziran-biotech", count: 2 }])
      )
      const band = await search({ price_min: "100", price_max: "200", sort: "price_desc", limit: "50" })
      expect(band.hits.every((hit: any) => hit.price_cny >= 100 && hit.price_cny <= 200)).toBe(true)
      const inStock = await search({ q: "个苓", in_stock: "true" })
      expect(inStock.hits.find((hit: any) => hit.handle === "poria-whole-select-1")).toBeUndefined()
    })

    it("counts products per price band, keeping every band while one is chosen", async () => {
      await expectPriceBands(search)
    })

    it("answers 400 naming the field and the rule for bad input", async () => {
      for (const [params, field] of [
        ["limit=abc", "limit"],
        ["limit=1000", "limit"],
        ["sort=cheapest", "sort"],
        ["price_min=-5", "price_min"],
        ["price_min=300&price_max=100", "price_min"],
        ["colour=red", "colour"],
      ]) {
        const error = await api.get(`/store/catalogue?${params}`, store).catch((e: any) => e.response)
        expect(error.status).toBe(400)
        expect(error.data.message).toContain(field)
      }
    })

    it("reflects an admin's edit and unpublishing within seconds", async () => {
      const admin = await adminHeaders(api)
      const product = await productByHandle(getContainer(), "cloud-tea-special")
      await api.post(`/admin/products/${product.id}`, { title: "大别山云雾绿茶 特级 250g 新茶" }, admin)
      await eventually(async () => {
        const result = await search({ q: "新茶" })
        expect(result.hits.map((hit: any) => hit.id)).toContain(product.id)
      }, INDEXED_WITHIN)
      await api.post(`/admin/products/${product.id}`, { status: "draft" }, admin)
      await eventually(async () => {
        const result = await search({ q: "云雾", limit: "50" })
        expect(result.hits.map((hit: any) => hit.id)).not.toContain(product.id)
      }, INDEXED_WITHIN)
    })

    it("shows the stock left after a purchase, a seller's cancellation, a fulfilment and a stock edit", async () => {
      const seller = await registerSeller(api, "stock-search-coop")
      const listing = await listApproved(api, seller, PORIA)
      const variant_id = listing.variants[0].id
      const productPage = async () => {
        const { data } = await api.get(`/store/products/${listing.id}?fields=+variants.inventory_quantity`, store)
        return data.product.variants[0].inventory_quantity
      }
      // The search card says what the product page says, and that page is asked to refresh.
      const shows = async (stock: number) => {
        expect(await productPage()).toBe(stock)
        await eventually(async () => {
          const result = await search({ q: "茯苓", seller: "stock-search-coop" })
          expect(result.source).toBe("meilisearch")
          expect(result.hits.map((hit: any) => [hit.id, hit.stock, hit.in_stock])).toEqual([[listing.id, stock, stock > 0]])
          expect(revalidated).toContain(`product:${listing.handle}`)
        }, INDEXED_WITHIN)
        revalidated.clear()
      }
      const known = new Set<string>()
      const nextSellerOrder = () =>
        eventually(async () => {
          const { data } = await api.get("/vendors/me/orders", seller.auth)
          const order = data.orders.find((o: any) => !known.has(o.id))
          expect(order).toBeDefined()
          known.add(order.id)
          return order
        })
      // The listing's approval put it in the index (it may take longer: the seed's own events come first).
      await eventually(async () => expect((await search({ seller: "stock-search-coop" })).hits).toHaveLength(1), 120_000)
      await shows(20)

      // Placing a purchase reserves its quantity.
      await checkout(api, store, [{ variant_id, quantity: 3 }])
      await shows(17)
      const shipped = await nextSellerOrder()
      await checkout(api, store, [{ variant_id, quantity: 5 }])
      await shows(12)

      // The seller cancels the second purchase's order: its reservation is freed.
      const canceled = await nextSellerOrder()
      await api.post(`/vendors/me/orders/${canceled.id}/cancel`, {}, seller.auth)
      await shows(17)

      // Shipping the first takes its 3 out of the location (stocked 20 → 17, reserved 3 → 0): still 17 to sell,
      // and the product is neither dropped from the index nor left unrefreshed by the reservation's deletion.
      await api.post(`/vendors/me/orders/${shipped.id}/fulfillments`, { method: "station", station: "九资河镇服务站" }, seller.auth)
      await eventually(async () => expect((await api.get(`/vendors/me/orders/${shipped.id}`, seller.auth)).data.order.fulfillments).toHaveLength(1))
      await shows(17)

      // The seller counts its stock again.
      await api.post(`/vendors/me/products/${listing.id}/stock`, { variant_id, stock: 40 }, seller.auth)
      await shows(40)
    }, 300_000)

    it("finds a new price and stock within 2 s of the edit's answer, also while the seller's import of 400 listings runs", async () => {
      const seller = await registerSeller(api, "import-fresh-coop")
      const listing = await listApproved(api, seller, PORIA)
      const variant_id = listing.variants[0].id
      const card = async () => (await search({ q: "茯苓", seller: "import-fresh-coop" })).hits.map((hit: any) => [hit.price_cny, hit.stock])
      await eventually(async () => expect(await card()).toEqual([[42.5, 20]]), 120_000)

      // 1,600 rows: 400 draft listings whose products, sizes and stock levels announce some 3,600 events.
      const form = new FormData()
      form.append("file", new Blob([csvOf(listingSheet(1600, 0).cells)]), "listings.csv")
      const queued = await api.post("/vendors/me/listing-imports", form, seller.auth)
      expect(queued.status).toBe(202)
      const progress = async () => (await api.get(`/vendors/me/listing-imports/${queued.data.import.id}`, seller.auth)).data.import
      await eventually(async () => expect((await progress()).processed).toBeGreaterThanOrEqual(400), 120_000)

      // Found by search, and the storefront asked to refresh the product's cached page, within 2 s of the answer.
      const searchable = async (expected: [number, number]) => {
        await eventually(async () => {
          expect(await card()).toEqual([expected])
          expect(revalidated).toContain(`product:${listing.handle}`)
        }, 2_000)
        revalidated.clear()
      }
      revalidated.clear()
      await api.post(`/vendors/me/products/${listing.id}`, { sizes: [{ variant_id, price_cny: 45 }] }, seller.auth)
      await searchable([45, 20])
      await api.post(`/vendors/me/products/${listing.id}/stock`, { variant_id, stock: 7 }, seller.auth)
      await searchable([45, 7])
      // The association's edit through Medusa's own admin route too (its workflow's hook, search/refresh.ts).
      await api.post(`/admin/products/${listing.id}/variants/${variant_id}`, { prices: [{ currency_code: "cny", amount: 46 }] }, await adminHeaders(api))
      await searchable([46, 7])
      // All while the import was still making listings, and its events still queued.
      expect((await progress()).status).toBe("running")
      await eventually(async () => expect((await progress()).status).toBe("done"), 280_000)
    }, 600_000)

    describe("direct search", () => directSearchTests(api, () => store, () => meili))

    describe("the search catch-up pass beside a bulk load", () => {
      afterEach(() => resumeCatchUp(getContainer()))

      it("waits while paused, and covers the whole pause once resumed", async () => {
        const container = getContainer()
        const product = await productByHandle(container, "maojian-first")
        const found = async (q: string) => (await search({ q })).hits.map((hit: any) => hit.id)
        // Events still queued from earlier tests (the seed's too) re-read the product and would index the edit.
        await eventually(async () => expect(await queuedEvents()).toBe(0), 120_000)
        await pauseCatchUp(container, 120)
        // Written as a bulk load writes: no event, so only the pass (or a rebuild) can index it.
        await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(`update product set title = ?, updated_at = now() where id = ?`, ["明前毛尖 pausedload", product.id])
        // The pass runs every 10 s here: two of its turns come and go.
        await new Promise((resolve) => setTimeout(resolve, 21_000))
        expect(await found("pausedload")).toEqual([])
        await resumeCatchUp(container)
        await eventually(async () => expect(await found("pausedload")).toEqual([product.id]), 30_000)
      }, 240_000)

      it("starts from a rebuild's horizon after it", async () => {
        const container = getContainer()
        const horizon = async () => Date.parse((await container.resolve(Modules.CACHE).get<string>(HORIZON))!)
        // Paused, so that only the rebuild can move the pass's horizon (kept by the last pass, before this request).
        await pauseCatchUp(container, 120)
        const before = await horizon()
        await new Promise((resolve) => setTimeout(resolve, 1_000))
        await api.post("/admin/catalogue/reindex", {}, await adminHeaders(api))
        expect(await horizon()).toBeGreaterThan(before)
      }, 240_000)
    })

    it("is ready when Postgres, Redis and Meilisearch answer", async () => {
      const { status, data } = await api.get("/health/ready")
      expect(status).toBe(200)
      expect(data).toEqual({ status: "ready", checks: { postgres: "ok", redis: "ok", meilisearch: "ok" } })
    })

    it("answers from Postgres, not with a 500, when Meilisearch is down, and is not ready", async () => {
      await meili.down()
      const result = await search({ q: "板栗", limit: "50" })
      expect(result.source).toBe("postgres-fallback")
      expect(result.hits.length).toBeGreaterThan(0)
      // With its synonyms (栗子, chestnut …): the ready-to-eat 甘栗仁 too, then the tea of "chestnut-like aroma".
      const chestnuts = result.hits.filter((hit: any) => hit.category.handle === "chestnut")
      expect(chestnuts.every((hit: any) => hit.title.includes("栗"))).toBe(true)
      expect(result.hits.slice(0, chestnuts.length)).toEqual(chestnuts)
      expect(result.facets.category).toEqual(expect.arrayContaining([{ value: "chestnut", count: chestnuts.length }]))
      const english = await search({ q: "goat", category: "black-goat" })
      expect(english.source).toBe("postgres-fallback")
      expect(english.count).toBe(10)

      const ready = await failure(api.get("/health/ready"))
      expect(ready.status).toBe(503)
      expect(ready.data).toEqual({
        status: "unavailable",
        message: "Not ready: meilisearch unreachable",
        checks: { postgres: "ok", redis: "ok", meilisearch: "unreachable" },
      })
      expect(JSON.stringify(ready.data)).not.toContain(String(new URL(meili.host).port))
    })

    describe("relevance, Meilisearch down", () => fallbackRelevanceTest(relevance))

    it("catches up with an edit made while Meilisearch was down once it is back, without a reindex", async () => {
      const product = await productByHandle(getContainer(), "fresh-chestnut-special")
      const indexes = async () => {
        const response = await fetch(`${meili.host}/indexes`, { headers: { authorization: `Bearer ${meili.key}` } })
        return ((await response.json()).results as { uid: string }[]).map((index) => index.uid).sort()
      }
      await api.post(`/admin/products/${product.id}`, { title: "罗田胜利板栗 outagetest" }, await adminHeaders(api))
      const found = await search({ q: "outagetest" })
      expect([found.source, found.hits.map((hit: any) => hit.id)]).toEqual(["postgres-fallback", [product.id]])

      await meili.up()
      const before = await indexes()
      await eventually(async () => {
        const result = await search({ q: "outagetest" })
        expect([result.source, result.hits.map((hit: any) => hit.id)]).toEqual(["meilisearch", [product.id]])
      }, 90_000)
      // The same physical indexes: the edit came by the catch-up pass, not by a rebuild.
      expect(await indexes()).toEqual(before)
    })
  },
})
