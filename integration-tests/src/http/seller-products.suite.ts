import type { SuiteContext } from "../support/boot"
import { listApproved } from "../support/listings"
import { failure, registerSeller } from "../support/sellers"
import { adminHeaders, eventually, storeHeaders } from "../support/store"

// Two pack sizes; 2 kg at ¥76.50 is ¥38.25 per kg, 5 kg at ¥180 is ¥36 per kg (特级's band is ¥30–¥100 per kg).
const TWO_KG = { net_weight_g: 2000, price_cny: 76.5, stock: 30 }
const FIVE_KG = { net_weight_g: 5000, price_cny: 180, stock: 8, gtin: "6901234567892" }
const listing = (overrides: Record<string, unknown> = {}, size: Record<string, unknown> = {}) => ({
  name: "old-tree-chestnut",
  description: "自家老树，手工挑选。",
  category: "chestnut",
  grade: "special",
  sizes: [{ ...TWO_KG, ...size }],
  ...overrides,
})
const sizeOf = (product: any, grams: number) => product.variants.find((v: any) => v.weight === grams)

export default function sellerProductsSuite({ api, getContainer }: SuiteContext) {
  const seller = (handle: string, approve = true) => registerSeller(api, handle, approve)

  it("names a listing from the association's name and grade, its pack sizes as variants, and keeps it out of the store until approved", async () => {
    const a = await seller("chen-listing")
    const { status, data } = await api.post("/vendors/me/products", listing({ sizes: [FIVE_KG, TWO_KG] }), a.auth)
    expect(status).toBe(201)
    expect(data.product).toMatchObject({
      title: "老树鲜板栗 · 特级",
      status: "draft",
      metadata: { title_en: "Old-tree fresh chestnuts · Premium grade" },
      categories: [{ handle: "chestnut" }],
      listing: { grade_code: "special", grade: { name: "特级" }, status: "pending", reason: null },
    })
    expect(data.product.variants.map((v: any) => [v.title, v.weight, Number(v.prices[0].amount), v.ean]).sort()).toEqual([
      ["2kg", 2000, 76.5, null],
      ["5kg", 5000, 180, "6901234567892"],
    ])
    // Each size keeps its own stock.
    const stocked = (grams: number) => sizeOf(data.product, grams).inventory_items[0].inventory.location_levels[0].stocked_quantity
    expect([stocked(2000), stocked(5000)]).toEqual([30, 8])
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
      band: { min: "30.00", max: "100.00", unit: "kg" },
      sizes: [
        expect.objectContaining({ title: "2kg", price_cny: "76.5", unit_price: "38.25", within_band: true }),
        expect.objectContaining({ title: "5kg", price_cny: "180", unit_price: "36.00", within_band: true }),
      ],
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
      // One card, priced from its cheapest size, naming both.
      expect(found.hits).toEqual([expect.objectContaining({ id: data.product.id, price_cny: 76.5, title: "老树鲜板栗 · 特级" })])
      expect(found.hits[0].sizes.map((size: any) => [size.net_weight_g, size.price_cny, size.stock])).toEqual([[2000, 76.5, 30], [5000, 180, 8]])
    })
  })

  it("refuses listings that break the rules, naming the field", async () => {
    const a = await seller("chen-rules")
    for (const [body, field] of [
      [listing({ grade: "gold" }), "grade"],
      [listing({ grade: "prime" }), "grade"],
      [listing({ name: "persimmon-cake" }), "name"],
      [listing({ title: "我家的板栗" }), "title"],
      [listing({}, { price_cny: 76.555 }), "sizes.0.price_cny"],
      [listing({}, { price_cny: -1 }), "sizes.0.price_cny"],
      [listing({}, { net_weight_g: 0 }), "sizes.0.net_weight_g"],
      [listing({}, { net_weight_g: 2000.5 }), "sizes.0.net_weight_g"],
      [listing({}, { stock: -3 }), "sizes.0.stock"],
      [listing({}, { gtin: "6901234567893" }), "sizes.0.gtin"],
      [listing({ sizes: [] }), "sizes"],
      [listing({ sizes: [TWO_KG, { ...TWO_KG, price_cny: 70 }] }), "sizes"],
      [listing({ sizes: Array.from({ length: 9 }, (_, i) => ({ ...TWO_KG, net_weight_g: 1000 + i })) }), "sizes"],
      [listing({ category: "persimmon" }), "category"],
      [listing({ status: "published" }), "status"],
    ] as const) {
      const response = await failure(api.post("/vendors/me/products", body, a.auth))
      expect([field, response.status]).toEqual([field, 400])
      expect(response.data.message).toContain(field)
    }
    expect((await api.get("/vendors/me/products", a.auth)).data.products).toEqual([])
    // One product per name and grade: listing it again is refused, pointing to the listing to add a size to.
    const { data: first } = await api.post("/vendors/me/products", listing(), a.auth)
    const again = await failure(api.post("/vendors/me/products", listing({}, { net_weight_g: 5000, price_cny: 180 }), a.auth))
    expect([again.status, again.data.message]).toEqual([400, `grade: you already list 老树鲜板栗 · 特级 (${first.product.id}); add a size to that listing instead`])
  })

  it("refuses any size priced outside the grade's band per kg, naming the size and stating the band", async () => {
    const a = await seller("chen-band")
    for (const price_cny of [5, 900]) {
      // The 2 kg size is in the band; the 5 kg one is not.
      const response = await failure(api.post("/vendors/me/products", listing({ sizes: [TWO_KG, { ...FIVE_KG, price_cny }] }), a.auth))
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(/^sizes\.1\.price_cny: ¥[\d.]+ per kg is outside the band ¥\d+\.\d{2}–¥\d+\.\d{2} per kg of 特级 Premium grade/)
    }
    expect((await api.get("/vendors/me/products", a.auth)).data.products).toEqual([])
  })

  it("tells the seller why a listing was rejected, and sends a regraded or repriced listing back to review", async () => {
    const a = await seller("chen-review")
    const admin = await adminHeaders(api)
    const store = await storeHeaders(getContainer())
    const { data: created } = await api.post("/vendors/me/products", listing(), a.auth)
    const id = created.product.id
    const variant_id = created.product.variants[0].id
    const noReason = await failure(api.post(`/admin/listing-reviews/${id}`, { decision: "reject" }, admin))
    expect([noReason.status, noReason.data.message]).toEqual([400, expect.stringContaining("reason")])
    await api.post(`/admin/listing-reviews/${id}`, { decision: "reject", reason: "照片与等级不符 Photos do not match the grade" }, admin)
    const { data: rejected } = await api.get(`/vendors/me/products/${id}`, a.auth)
    expect(rejected.product).toMatchObject({ status: "draft", listing: { status: "rejected", reason: "照片与等级不符 Photos do not match the grade" } })
    expect((await failure(api.post(`/admin/listing-reviews/${id}`, { decision: "approve" }, admin))).status).toBe(400)
    const publish = await failure(api.post(`/vendors/me/products/${id}`, { status: "published" }, a.auth))
    expect([publish.status, publish.data.message]).toEqual([400, expect.stringContaining("status")])

    // Regrading resubmits the listing, renamed, and it stays out of the store until approved.
    const { data: regraded } = await api.post(`/vendors/me/products/${id}`, { grade: "first", sizes: [{ variant_id, price_cny: 60 }] }, a.auth)
    expect(regraded.product).toMatchObject({ title: "老树鲜板栗 · 一级", status: "draft", listing: { status: "pending", reason: null } })
    await api.post(`/admin/listing-reviews/${id}`, { decision: "approve" }, admin)
    await eventually(async () => expect((await api.get("/store/catalogue?seller=chen-review", store)).data.hits).toHaveLength(1))

    // A price inside the band changes nothing; one outside it sends the listing back, out of store and search.
    const { data: inside } = await api.post(`/vendors/me/products/${id}`, { sizes: [{ variant_id, price_cny: 62 }] }, a.auth)
    expect(inside.product).toMatchObject({ status: "published", listing: { status: "approved" } })
    // A new size priced in the band joins the listing on sale; one outside it sends the listing back.
    const { status: added, data: withSize } = await api.post(`/vendors/me/products/${id}/sizes`, { net_weight_g: 5000, price_cny: 140, stock: 6 }, a.auth)
    expect(added).toBe(201)
    expect(withSize.product).toMatchObject({ status: "published", listing: { status: "approved" } })
    expect(sizeOf(withSize.product, 5000)).toMatchObject({ title: "5kg", inventory_items: [{ inventory: { location_levels: [expect.objectContaining({ stocked_quantity: 6 })] } }] })
    await eventually(async () => {
      const { data: found } = await api.get("/store/catalogue?seller=chen-review", store)
      expect(found.hits[0].sizes.map((s: any) => [s.net_weight_g, s.price_cny])).toEqual([[2000, 62], [5000, 140]])
    })
    const twice = await failure(api.post(`/vendors/me/products/${id}/sizes`, { net_weight_g: 5000, price_cny: 140, stock: 1 }, a.auth))
    expect([twice.status, twice.data.message]).toEqual([400, "net_weight_g: the product already has a 5 kg size"])
    const { data: outside } = await api.post(`/vendors/me/products/${id}/sizes`, { net_weight_g: 10000, price_cny: 4500, stock: 1 }, a.auth)
    expect(outside.product).toMatchObject({ status: "draft", listing: { status: "pending" } })
    await eventually(async () => expect((await api.get("/store/catalogue?seller=chen-review", store)).data.hits).toEqual([]))
    const { data: queue } = await api.get("/admin/listing-reviews?status=pending", admin)
    expect(queue.listings.find((l: any) => l.product_id === id).sizes.map((s: any) => [s.title, s.unit_price, s.within_band])).toEqual([
      ["2kg", "31.00", true], ["5kg", "28.00", true], ["10kg", "450.00", false],
    ])
    // Another product's variant is not a size of this one; the last size cannot be removed.
    const elsewhere = (await api.post("/vendors/me/products", listing({ name: "fresh-chestnut" }), a.auth)).data.product
    const foreign = await failure(api.post(`/vendors/me/products/${id}`, { sizes: [{ variant_id: elsewhere.variants[0].id, price_cny: 70 }] }, a.auth))
    expect([foreign.status, foreign.data.message]).toEqual([400, expect.stringMatching(/^sizes\.0\.variant_id: .* is not a size of this product$/)])
    const last = await failure(api.delete(`/vendors/me/products/${elsewhere.id}/sizes/${elsewhere.variants[0].id}`, a.auth))
    expect([last.status, last.data.message]).toEqual([400, expect.stringContaining("last size")])
    const { data: removed } = await api.delete(`/vendors/me/products/${id}/sizes/${sizeOf(outside.product, 10000).id}`, a.auth)
    expect(removed.product.variants.map((v: any) => v.title).sort()).toEqual(["2kg", "5kg"])
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
    const { data } = await api.post("/vendors/me/products", listing({ grade: "first" }, { price_cny: 60 }), a.auth)
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
    const data = { product: await listApproved(api, a, listing({ sizes: [TWO_KG, FIVE_KG] })) }
    const levels = sizeOf(data.product, 2000).inventory_items[0].inventory.location_levels
    expect(levels).toEqual([expect.objectContaining({ location_id: withLocation.stock_location.id, stocked_quantity: 30 })])

    const store = await storeHeaders(getContainer())
    const card = async () => (await api.get("/store/catalogue?seller=chen-stock", store)).data.hits[0]
    await eventually(async () => expect(await card()).toMatchObject({ stock: 38, in_stock: true }))
    // Each size's stock is its own: the 2 kg sells out, the 5 kg stays.
    const stock = (variant_id: string, stock: unknown, who = a) => api.post(`/vendors/me/products/${data.product.id}/stock`, { variant_id, stock }, who.auth)
    await stock(sizeOf(data.product, 2000).id, 0)
    await eventually(async () => {
      const hit = await card()
      expect([hit.stock, hit.in_stock, hit.sizes.map((s: any) => [s.net_weight_g, s.stock, s.in_stock])]).toEqual([8, true, [[2000, 0, false], [5000, 8, true]]])
    })
    await stock(sizeOf(data.product, 5000).id, 0)
    await eventually(async () => expect(await card()).toMatchObject({ stock: 0, in_stock: false }))
    expect((await failure(stock(sizeOf(data.product, 2000).id, 99, b))).status).toBe(404)
    const bad = await failure(stock(sizeOf(data.product, 2000).id, 1.5))
    expect([bad.status, bad.data.message]).toEqual([400, expect.stringContaining("stock")])
    const seededVariant = (await api.get("/store/products?limit=1&fields=variants.id", store)).data.products[0].variants[0].id
    const foreign = await failure(stock(seededVariant, 5))
    expect([foreign.status, foreign.data.message]).toEqual([400, expect.stringContaining("variant_id")])
  })

  it("keeps a pending seller from listing", async () => {
    const pending = await seller("li-waiting", false)
    const refused = await failure(api.post("/vendors/me/products", listing(), pending.auth))
    expect(refused.status).toBe(403)
  })

  it("lists a seller's products as one Query graph of them reads them, in the order they were linked", async () => {
    const a = await seller("zhou-many")
    const made = [
      listing({ name: "old-tree-chestnut", sizes: [FIVE_KG, TWO_KG] }),
      listing({ name: "fresh-chestnut", grade: "first", sizes: [{ net_weight_g: 1000, price_cny: 40, stock: 3 }] }),
      listing({ name: "poria-slices", category: "herbs", grade: "bulk", sizes: [{ net_weight_g: 500, price_cny: 40, stock: 12 }] }),
    ]
    for (const body of made) expect((await api.post("/vendors/me/products", body, a.auth)).status).toBe(201)
    const { data: own } = await api.get("/vendors/me/products", a.auth)
    const { data } = await getContainer().resolve("query").graph({
      entity: "seller",
      fields: [
        "id", "handle", "title", "categories.handle", "listing.grade_code", "variants.id", "variants.weight", "variants.prices.*",
        "variants.inventory_items.inventory.location_levels.*",
      ].map((field) => `products.${field}`),
      filters: { id: a.id },
    })
    const view = (product: any) => ({
      id: product.id,
      handle: product.handle,
      title: product.title,
      categories: product.categories.map((c: any) => c.handle),
      grade: product.listing.grade_code,
      sizes: product.variants
        .map((v: any) => ({
          id: v.id,
          weight: v.weight,
          prices: v.prices.map((p: any) => [p.currency_code, Number(p.amount)]),
          stock: v.inventory_items[0].inventory.location_levels.map((l: any) => [l.location_id, l.stocked_quantity]),
        }))
        .sort((x: any, y: any) => x.weight - y.weight),
    })
    expect(own.products.map(view)).toEqual(data[0].products.map(view))
    expect(own.products.map((p: any) => p.categories[0].handle)).toEqual(["chestnut", "chestnut", "herbs"])
  })

  it("pages a seller's products in the order they were linked, and refuses a bad page naming the field", async () => {
    const a = await seller("zhou-pages")
    const made = [
      listing({ name: "old-tree-chestnut" }),
      listing({ name: "fresh-chestnut", grade: "first", sizes: [{ net_weight_g: 1000, price_cny: 40, stock: 3 }] }),
      listing({ name: "poria-slices", category: "herbs", grade: "bulk", sizes: [{ net_weight_g: 500, price_cny: 40, stock: 12 }] }),
    ]
    for (const body of made) expect((await api.post("/vendors/me/products", body, a.auth)).status).toBe(201)
    const all = (await api.get("/vendors/me/products", a.auth)).data
    expect(all).toMatchObject({ count: 3, offset: 0, limit: null })
    const ids = all.products.map((p: any) => p.id)
    const page = async (query: string) => (await api.get(`/vendors/me/products?${query}`, a.auth)).data
    expect(await page("limit=2")).toMatchObject({ count: 3, offset: 0, limit: 2, products: [{ id: ids[0] }, { id: ids[1] }] })
    expect((await page("limit=2&offset=2")).products.map((p: any) => p.id)).toEqual([ids[2]])
    expect((await page("offset=1")).products.map((p: any) => p.id)).toEqual(ids.slice(1))
    expect(await page("limit=5&offset=3")).toMatchObject({ count: 3, products: [] })
    // Another seller's page never holds this seller's products.
    const b = await seller("zhou-pages-other")
    expect((await api.get("/vendors/me/products?limit=5", b.auth)).data).toMatchObject({ count: 0, products: [] })
    for (const [query, field] of [["limit=0", "limit"], ["limit=201", "limit"], ["limit=1.5", "limit"], ["limit=ten", "limit"], ["offset=-1", "offset"], ["offset=1e9", "offset"], ["page=2", "page"]]) {
      const response = await failure(api.get(`/vendors/me/products?${query}`, a.auth))
      expect([query, response.status]).toEqual([query, 400])
      expect(response.data.message).toContain(field)
    }
  })

  it("lists only the listings with a size running low, from the seller's own stock, and refuses a bad threshold", async () => {
    const a = await seller("zhou-low-stock")
    const make = async (body: Record<string, unknown>) => (await api.post("/vendors/me/products", body, a.auth)).data.product
    const low = await make(listing({}, { stock: 3 }))
    const plenty = await make(listing({ name: "fresh-chestnut", grade: "first", sizes: [{ net_weight_g: 1000, price_cny: 40, stock: 12 }] }))
    const edge = await make(listing({ name: "poria-slices", category: "herbs", grade: "bulk", sizes: [{ net_weight_g: 500, price_cny: 40, stock: 20 }, { net_weight_g: 1000, price_cny: 80, stock: 5 }] }))
    const ids = async (query: string, who = a) => {
      const { data } = await api.get(`/vendors/me/products?${query}`, who.auth)
      return [data.count, data.products.map((p: any) => p.id)]
    }
    expect(await ids("stock_at_most=5")).toEqual([2, [low.id, edge.id]])
    expect(await ids("stock_at_most=2")).toEqual([0, []])
    expect(await ids("stock_at_most=5&limit=1&offset=1")).toEqual([2, [edge.id]])
    // A size sold out joins the warnings; another seller's low stock never shows in this seller's.
    await api.post(`/vendors/me/products/${plenty.id}/stock`, { variant_id: plenty.variants[0].id, stock: 0 }, a.auth)
    expect(await ids("stock_at_most=5")).toEqual([3, [low.id, plenty.id, edge.id]])
    expect(await ids("stock_at_most=0")).toEqual([1, [plenty.id]])
    const b = await seller("zhou-low-stock-other")
    await api.post("/vendors/me/products", listing({}, { stock: 1 }), b.auth)
    expect((await ids("stock_at_most=5", b))[0]).toBe(1)
    expect(await ids("stock_at_most=5")).toEqual([3, [low.id, plenty.id, edge.id]])
    for (const query of ["stock_at_most=-1", "stock_at_most=1.5", "stock_at_most=few", "stock_at_most=1000001"]) {
      const response = await failure(api.get(`/vendors/me/products?${query}`, a.auth))
      expect([query, response.status]).toEqual([query, 400])
      expect(response.data.message).toContain("stock_at_most")
    }
  })
}
