import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { failure, registerSeller } from "../support/sellers"
import { backendDir, eventually, seedStore, storeHeaders } from "../support/store"

jest.setTimeout(180_000)

const listing = (overrides: Record<string, unknown> = {}) => ({
  title: "屯兵堰村老树板栗 特级 2kg",
  title_en: "Tunbingyan old-tree chestnuts, premium grade, 2 kg",
  description: "自家老树，手工挑选。",
  category: "chestnut",
  grade: "special",
  net_weight_g: 2000,
  price_cny: 76.5,
  stock: 30,
  ...overrides,
})

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    const seller = (handle: string, approve = true) => registerSeller(api, handle, approve)

    beforeAll(async () => {
      await seedStore(getContainer())
    })

    it("lists a seller's product under its name, in the store and the search", async () => {
      const a = await seller("chen-listing")
      const { status, data } = await api.post("/vendors/me/products", listing(), a.auth)
      expect(status).toBe(201)
      expect(data.product).toMatchObject({
        title: "屯兵堰村老树板栗 特级 2kg",
        status: "published",
        metadata: { grade: "special", grade_zh: "特级", net_weight_g: 2000 },
        categories: [{ handle: "chestnut" }],
      })
      expect(Number(data.product.variants[0].prices[0].amount)).toBe(76.5)
      const { data: own } = await api.get("/vendors/me/products", a.auth)
      expect(own.products.map((p: any) => p.id)).toEqual([data.product.id])

      const store = await storeHeaders(getContainer())
      await eventually(async () => {
        const { data: found } = await api.get(`/store/catalogue?seller=chen-listing`, store)
        expect(found.hits).toEqual([expect.objectContaining({ id: data.product.id, price_cny: 76.5, seller: expect.objectContaining({ handle: "chen-listing" }) })])
      })
    })

    it("refuses listings that break the rules, naming the field", async () => {
      const a = await seller("chen-rules")
      for (const [body, field] of [
        [listing({ grade: "gold" }), "grade"],
        [listing({ price_cny: 76.555 }), "price_cny"],
        [listing({ price_cny: -1 }), "price_cny"],
        [listing({ net_weight_g: 0 }), "net_weight_g"],
        [listing({ category: "persimmon" }), "category"],
        [listing({ status: "published" }), "status"],
        [listing({ stock: -3 }), "stock"],
      ] as const) {
        const response = await failure(api.post("/vendors/me/products", body, a.auth))
        expect([field, response.status]).toEqual([field, 400])
        expect(response.data.message).toContain(field)
      }
      expect((await api.get("/vendors/me/products", a.auth)).data.products).toEqual([])
    })

    it("never lets one seller read or change another's product", async () => {
      const a = await seller("chen-owner")
      const b = await seller("wang-other")
      const { data } = await api.post("/vendors/me/products", listing(), a.auth)
      const id = data.product.id
      expect((await failure(api.get(`/vendors/me/products/${id}`, b.auth))).status).toBe(404)
      expect((await failure(api.post(`/vendors/me/products/${id}`, { title: "偷改的标题" }, b.auth))).status).toBe(404)
      expect((await api.get("/vendors/me/products", b.auth)).data.products).toEqual([])
      const seeded = (await api.get("/store/products?limit=1&fields=id", await storeHeaders(getContainer()))).data.products[0]
      expect((await failure(api.get(`/vendors/me/products/${seeded.id}`, a.auth))).status).toBe(404)

      const { data: mine } = await api.post(`/vendors/me/products/${id}`, { title: "屯兵堰村老树板栗 特级 2kg 新季" }, a.auth)
      expect(mine.product.title).toBe("屯兵堰村老树板栗 特级 2kg 新季")
      const { data: still } = await api.get(`/vendors/me/products/${id}`, a.auth)
      expect(still.product.title).toBe("屯兵堰村老树板栗 特级 2kg 新季")
    })

    it("keeps the stock at the seller's own location, and the catalogue follows it", async () => {
      const a = await seller("chen-stock")
      const b = await seller("wang-stock")
      const query = getContainer().resolve("query")
      const { data: [withLocation] } = await query.graph({ entity: "seller", fields: ["stock_location.id", "stock_location.name"], filters: { id: a.id } })
      expect(withLocation.stock_location.name).toBe("chen-stock · chen-stock")
      const { data } = await api.post("/vendors/me/products", listing(), a.auth)
      const levels = data.product.variants[0].inventory_items[0].inventory.location_levels
      expect(levels).toEqual([expect.objectContaining({ location_id: withLocation.stock_location.id, stocked_quantity: 30 })])

      const store = await storeHeaders(getContainer())
      const card = async () => (await api.get("/store/catalogue?seller=chen-stock", store)).data.hits[0]
      await eventually(async () => expect(await card()).toMatchObject({ stock: 30, in_stock: true }))
      await api.post(`/vendors/me/products/${data.product.id}/stock`, { stock: 0 }, a.auth)
      await eventually(async () => expect(await card()).toMatchObject({ stock: 0, in_stock: false }))
      expect((await failure(api.post(`/vendors/me/products/${data.product.id}/stock`, { stock: 99 }, b.auth))).status).toBe(404)
      const bad = await failure(api.post(`/vendors/me/products/${data.product.id}/stock`, { stock: 1.5 }, a.auth))
      expect([bad.status, bad.data.message]).toEqual([400, expect.stringContaining("stock")])
    })

    it("keeps a pending seller from listing", async () => {
      const pending = await seller("li-waiting", false)
      const refused = await failure(api.post("/vendors/me/products", listing(), pending.auth))
      expect(refused.status).toBe(403)
    })
  },
})
