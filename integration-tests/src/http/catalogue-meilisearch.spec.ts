import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { expectPriceBands } from "../support/price-bands"
import { Modules } from "@medusajs/framework/utils"
import Redis from "ioredis"
import { adminHeaders, backendDir, eventually, productByHandle, seedStore, storeHeaders } from "../support/store"
import { suiteMeilisearch } from "../support/meilisearch"

jest.setTimeout(180_000)

let meili: Awaited<ReturnType<typeof suiteMeilisearch>>

beforeAll(async () => {
  meili = await suiteMeilisearch()
  process.env.MEILISEARCH_HOST = meili.host
  process.env.MEILISEARCH_API_KEY = meili.key
  // This suite runs on the production-like services: Redis carries events, workflows, locks and cache.
  process.env.REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379"
})

afterAll(async () => {
  await meili?.stop()
})

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    const search = async (params: Record<string, string>) => {
      const { data } = await api.get(`/store/catalogue?${new URLSearchParams(params)}`, store)
      return data
    }

    beforeAll(async () => {
      await seedStore(getContainer())
      store = await storeHeaders(getContainer())
    })

    it("runs its infrastructure modules on Redis", async () => {
      const container = getContainer()
      const redis = new Redis(process.env.REDIS_URL!)
      const workflowQueues = await redis.keys("bull:medusa-workflows*")
      redis.disconnect()
      expect(workflowQueues.length).toBeGreaterThan(0)
      expect(container.resolve(Modules.EVENT_BUS).constructor.name).toBe("RedisEventBusService")
      expect(container.resolve(Modules.CACHE).constructor.name).toBe("RedisCacheService")
    })

    it("finds the chestnuts for 板栗, in Meilisearch", async () => {
      const result = await search({ q: "板栗", limit: "50" })
      expect(result.source).toBe("meilisearch")
      expect(result.count).toBe(12)
      expect(result.hits.every((hit: any) => hit.category.handle === "chestnut")).toBe(true)
      expect(result.facets.category).toEqual([{ value: "chestnut", count: 12 }])
      const premium = result.hits.find((hit: any) => hit.handle === "fresh-chestnut-special-2-5kg")
      expect(premium).toMatchObject({
        title: "罗田鲜板栗 · 特级 · 2.5kg",
        title_en: "Luotian fresh chestnuts · Premium grade · 2.5 kg",
        grade: { code: "special", name: "特级", name_en: "Premium grade" },
        seller: { handle: "shengli-chestnut-coop", type: "cooperative", name_en: "Shengli Town Chestnut Cooperative" },
        town: "胜利镇",
        price_cny: 88,
        stock: 300,
        in_stock: true,
        net_weight_g: 2500,
      })
    })

    it("forgives the typo in chesnut and reads English", async () => {
      const typo = await search({ q: "chesnut", limit: "50" })
      const handles = typo.hits.filter((hit: any) => hit.category.handle === "chestnut").map((hit: any) => hit.handle)
      expect(handles).toHaveLength(12)
      const goat = await search({ q: "black goat ribs" })
      expect(goat.hits[0].category.handle).toBe("black-goat")
      expect(goat.hits[0].title).toContain("羊排")
    })

    it("finds the Poria products for 茯苓", async () => {
      const result = await search({ q: "茯苓", limit: "50" })
      const handles = result.hits.map((hit: any) => hit.handle)
      // Every Poria listing, then the other herbs of the "九资河茯苓与中药材" category.
      for (const poria of ["poria-slices-select-1-0-5kg", "poria-cubes-bulk-1kg", "poria-whole-select-1-1kg", "family-poria-slices-select-1-0-25kg", "poria-powder-select-2-0-3kg"]) {
        expect(handles).toContain(poria)
      }
      expect(result.hits.every((hit: any) => hit.category.handle === "herbs")).toBe(true)
      expect(result.hits[0].title).toContain("茯苓")
    })

    it("filters and counts facets, and sorts by price", async () => {
      const result = await search({ category: "chestnut", grade: "special", sort: "price_asc", limit: "50" })
      expect(result.hits.map((hit: any) => hit.grade.code)).toEqual(Array(result.hits.length).fill("special"))
      expect(result.count).toBe(7)
      const prices = result.hits.map((hit: any) => hit.price_cny)
      expect(prices).toEqual([...prices].sort((a, b) => a - b))
      // Disjunctive facets: the grade facet still shows the other chestnut grades.
      expect(result.facets.grade).toEqual(
        expect.arrayContaining([{ value: "special", count: 7 }, { value: "first", count: 4 }, { value: "second", count: 1 }])
      )
      expect(result.facets.seller).toEqual(
        expect.arrayContaining([{ value: "shengli-chestnut-coop", count: 4 }, { value: "daziran-biotech", count: 2 }])
      )
      const band = await search({ price_min: "100", price_max: "200", sort: "price_desc", limit: "50" })
      expect(band.hits.every((hit: any) => hit.price_cny >= 100 && hit.price_cny <= 200)).toBe(true)
      const inStock = await search({ q: "个苓", in_stock: "true" })
      expect(inStock.hits.find((hit: any) => hit.handle === "poria-whole-select-1-1kg")).toBeUndefined()
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
      const product = await productByHandle(getContainer(), "cloud-tea-special-0-25kg")
      await api.post(`/admin/products/${product.id}`, { title: "大别山云雾绿茶 特级 250g 新茶" }, admin)
      await eventually(async () => {
        const result = await search({ q: "新茶" })
        expect(result.hits.map((hit: any) => hit.id)).toContain(product.id)
      })
      await api.post(`/admin/products/${product.id}`, { status: "draft" }, admin)
      await eventually(async () => {
        const result = await search({ q: "云雾", limit: "50" })
        expect(result.hits.map((hit: any) => hit.id)).not.toContain(product.id)
      })
    })

    it("answers from Postgres, not with a 500, when Meilisearch is down", async () => {
      await meili.stop()
      const result = await search({ q: "板栗", limit: "50" })
      expect(result.source).toBe("postgres-fallback")
      expect(result.hits.length).toBeGreaterThan(0)
      expect(result.hits.every((hit: any) => hit.title.includes("板栗"))).toBe(true)
      expect(result.facets.category).toEqual([{ value: "chestnut", count: result.count }])
      const english = await search({ q: "goat", category: "black-goat" })
      expect(english.source).toBe("postgres-fallback")
      expect(english.count).toBe(10)
    })
  },
})
