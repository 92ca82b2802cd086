import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { listApproved } from "../support/listings"
import { failure, registerSeller } from "../support/sellers"
import { adminHeaders, backendDir, eventually, seedStore, storeHeaders } from "../support/store"

jest.setTimeout(180_000)

const listing = (overrides: Record<string, unknown> = {}) => ({
  name: "old-tree-chestnut",
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

    it("names a listing from the association's name, grade and size, and keeps it out of the store until approved", async () => {
      const a = await seller("chen-listing")
      const { status, data } = await api.post("/vendors/me/products", listing(), a.auth)
      expect(status).toBe(201)
      expect(data.product).toMatchObject({
        title: "老树鲜板栗 · 特级 · 2kg",
        status: "draft",
        metadata: { title_en: "Old-tree fresh chestnuts · Premium grade · 2 kg" },
        categories: [{ handle: "chestnut" }],
        listing: { grade_code: "special", grade: { name: "特级" }, net_weight_g: 2000, status: "pending", reason: null },
      })
      expect(Number(data.product.variants[0].prices[0].amount)).toBe(76.5)
      // The grade lives in the listing, not in the product's metadata.
      expect(Object.keys(data.product.metadata).sort()).toEqual(["title_en"])
      const { data: own } = await api.get("/vendors/me/products", a.auth)
      expect(own.products.map((p: any) => p.id)).toEqual([data.product.id])

      // Waiting for review: not in the store's product routes, nor in the search.
      const store = await storeHeaders(getContainer())
      expect((await failure(api.get(`/store/products/${data.product.id}`, store))).status).toBe(404)
      expect((await api.get("/store/catalogue?seller=chen-listing", store)).data.hits).toEqual([])

      const admin = await adminHeaders(api)
      const { data: queue } = await api.get("/admin/listing-reviews?status=pending", admin)
      expect(queue.listings.find((l: any) => l.product_id === data.product.id)).toMatchObject({
        seller: { handle: "chen-listing" },
        claimed_grade: { code: "special", name: "特级" },
        price: { unit_price: "38.25", within_band: true },
      })
      // One listing's review by its product, as the admin's product page reads it.
      const { data: one } = await api.get(`/admin/listing-reviews?product_id=${data.product.id}`, admin)
      expect(one.listings.map((l: any) => [l.product_id, l.status])).toEqual([[data.product.id, "pending"]])
      await api.post(`/admin/listing-reviews/${data.product.id}`, { decision: "approve" }, admin)
      expect((await api.get(`/vendors/me/products/${data.product.id}`, a.auth)).data.product).toMatchObject({
        status: "published",
        listing: { status: "approved" },
      })
      await eventually(async () => {
        const { data: found } = await api.get("/store/catalogue?seller=chen-listing", store)
        expect(found.hits).toEqual([expect.objectContaining({ id: data.product.id, price_cny: 76.5, title: "老树鲜板栗 · 特级 · 2kg" })])
      })
    })

    it("refuses listings that break the rules, naming the field", async () => {
      const a = await seller("chen-rules")
      for (const [body, field] of [
        [listing({ grade: "gold" }), "grade"],
        [listing({ grade: "prime" }), "grade"],
        [listing({ name: "persimmon-cake" }), "name"],
        [listing({ title: "我家的板栗" }), "title"],
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

    it("refuses a price outside the grade's band, stating the band", async () => {
      const a = await seller("chen-band")
      for (const price_cny of [5, 900]) {
        const response = await failure(api.post("/vendors/me/products", listing({ price_cny }), a.auth))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/price_cny: ¥[\d.]+ per kg is outside the band ¥\d+\.\d{2}–¥\d+\.\d{2} per kg of 特级 Premium grade/)
      }
      expect((await api.get("/vendors/me/products", a.auth)).data.products).toEqual([])
    })

    it("tells the seller why a listing was rejected, and sends a regraded or repriced listing back to review", async () => {
      const a = await seller("chen-review")
      const admin = await adminHeaders(api)
      const store = await storeHeaders(getContainer())
      const { data: created } = await api.post("/vendors/me/products", listing(), a.auth)
      const id = created.product.id
      const noReason = await failure(api.post(`/admin/listing-reviews/${id}`, { decision: "reject" }, admin))
      expect([noReason.status, noReason.data.message]).toEqual([400, expect.stringContaining("reason")])
      await api.post(`/admin/listing-reviews/${id}`, { decision: "reject", reason: "照片与等级不符 Photos do not match the grade" }, admin)
      const { data: rejected } = await api.get(`/vendors/me/products/${id}`, a.auth)
      expect(rejected.product).toMatchObject({ status: "draft", listing: { status: "rejected", reason: "照片与等级不符 Photos do not match the grade" } })
      expect((await failure(api.post(`/admin/listing-reviews/${id}`, { decision: "approve" }, admin))).status).toBe(400)
      const publish = await failure(api.post(`/vendors/me/products/${id}`, { status: "published" }, a.auth))
      expect([publish.status, publish.data.message]).toEqual([400, expect.stringContaining("status")])

      // Regrading resubmits the listing, renamed, and it stays out of the store until approved.
      const { data: regraded } = await api.post(`/vendors/me/products/${id}`, { grade: "first", price_cny: 60 }, a.auth)
      expect(regraded.product).toMatchObject({ title: "老树鲜板栗 · 一级 · 2kg", status: "draft", listing: { status: "pending", reason: null } })
      await api.post(`/admin/listing-reviews/${id}`, { decision: "approve" }, admin)
      await eventually(async () => expect((await api.get("/store/catalogue?seller=chen-review", store)).data.hits).toHaveLength(1))

      // A price inside the band changes nothing; one outside it sends the listing back, out of store and search.
      const { data: inside } = await api.post(`/vendors/me/products/${id}`, { price_cny: 62 }, a.auth)
      expect(inside.product).toMatchObject({ status: "published", listing: { status: "approved" } })
      const { data: outside } = await api.post(`/vendors/me/products/${id}`, { price_cny: 900 }, a.auth)
      expect(outside.product).toMatchObject({ status: "draft", listing: { status: "pending" } })
      await eventually(async () => expect((await api.get("/store/catalogue?seller=chen-review", store)).data.hits).toEqual([]))
      const { data: queue } = await api.get("/admin/listing-reviews?status=pending", admin)
      expect(queue.listings.find((l: any) => l.product_id === id).price).toMatchObject({ price_cny: "900", unit_price: "450.00", within_band: false })
    })

    it("holds a listing to the grade the seller's latest inspection supports, and audits every decision", async () => {
      const a = await seller("chen-inspected")
      const admin = await adminHeaders(api)
      // The association's inspector measures a lot that meets 一级 but not 特级 (96 nuts per kg).
      const lot = { seller_id: a.id, category: "chestnut", lot: "2026-秋-01", measurements: { nuts_per_kg: 96, shrivelled_split_pct: 1.8, mould_insect_pct: 0 } }
      const { data: inspected } = await api.post("/admin/inspections", lot, admin)
      expect(inspected.inspection.computed_grade).toBe("first")

      const above = await failure(api.post("/vendors/me/products", listing(), a.auth))
      expect(above.status).toBe(400)
      expect(above.data.message).toMatch(/^grade: the latest inspection \(\d{4}-\d{2}-\d{2}\) supports 一级 Grade 1; a listing cannot claim 特级 Premium grade$/)
      const { data } = await api.post("/vendors/me/products", listing({ grade: "first", price_cny: 60 }), a.auth)
      const { data: queue } = await api.get(`/admin/listing-reviews?seller_id=${a.id}`, admin)
      expect(queue.listings[0]).toMatchObject({ claimed_grade: { code: "first" }, inspection: { grade: { code: "first", name: "一级" } } })
      await api.post(`/admin/listing-reviews/${data.product.id}`, { decision: "reject", reason: "请补充合格证 Add the certificate" }, admin)
      expect((await failure(api.post(`/vendors/me/products/${data.product.id}`, { grade: "special" }, a.auth))).status).toBe(400)

      const { data: me } = await api.get("/admin/users/me", admin)
      const { data: audit } = await api.get(`/admin/audit?subject_id=${data.product.id}`, admin)
      expect(audit.audit_entries.map((e: any) => [e.action, e.actor_id, e.before.status, e.after.status, e.after.reason])).toEqual([
        ["listing.rejected", me.user.id, "pending", "rejected", "请补充合格证 Add the certificate"],
      ])
      const { data: approvals } = await api.get(`/admin/audit?subject_id=${a.id}&action=seller.approved`, admin)
      expect(approvals.audit_entries.map((e: any) => [e.action, e.before, e.after])).toEqual([["seller.approved", { status: "pending" }, { status: "active" }]])
    })

    it("never lets one seller read or change another's product", async () => {
      const a = await seller("chen-owner")
      const b = await seller("wang-other")
      const id = (await listApproved(api, a, listing())).id
      expect((await failure(api.get(`/vendors/me/products/${id}`, b.auth))).status).toBe(404)
      expect((await failure(api.post(`/vendors/me/products/${id}`, { description: "偷改" }, b.auth))).status).toBe(404)
      expect((await api.get("/vendors/me/products", b.auth)).data.products).toEqual([])
      const seeded = (await api.get("/store/products?limit=1&fields=id", await storeHeaders(getContainer()))).data.products[0]
      expect((await failure(api.get(`/vendors/me/products/${seeded.id}`, a.auth))).status).toBe(404)

      const { data: mine } = await api.post(`/vendors/me/products/${id}`, { description: "新季老树板栗。" }, a.auth)
      expect(mine.product.description).toBe("新季老树板栗。")
      // A new description is no reason for another review: the listing stays in the store.
      expect(mine.product).toMatchObject({ status: "published", listing: { status: "approved" } })
    })

    it("keeps the stock at the seller's own location, and the catalogue follows it", async () => {
      const a = await seller("chen-stock")
      const b = await seller("wang-stock")
      const query = getContainer().resolve("query")
      const { data: [withLocation] } = await query.graph({ entity: "seller", fields: ["stock_location.id", "stock_location.name"], filters: { id: a.id } })
      expect(withLocation.stock_location.name).toBe("chen-stock · chen-stock")
      const data = { product: await listApproved(api, a, listing()) }
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
