import type { SuiteContext } from "../support/boot"
import { expectPriceBands } from "../support/price-bands"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { seedStationAccounts } from "../../../backend/src/scripts/seed-data/stations"
import { ASSOCIATION, adminHeaders, productByHandle, storeHeaders } from "../support/store"
import seed from "../../../backend/src/scripts/seed"
import { seedSellerAccounts } from "../../../backend/src/scripts/seed-data/seller-accounts"
import { decodeQrFromPdf } from "../support/pdf-qr"

// No MEILISEARCH_HOST: the product index lives in the Postgres search provider.
export default function seedSuite({ api, getContainer }: SuiteContext) {
  let store: { headers: Record<string, string> }
  const catalogue = async (params: Record<string, string>) =>
    (await api.get(`/store/catalogue?${new URLSearchParams(params)}`, store)).data
  const graph = (config: any) => getContainer().resolve(ContainerRegistrationKeys.QUERY).graph(config)

  beforeAll(async () => {
    store = await storeHeaders(getContainer())
  })

  it("seeds the county's categories, sellers, regions and 40 products", async () => {
    const { data: categories } = await api.get("/store/product-categories?fields=handle,name,metadata", store)
    expect(categories.product_categories.map((c: any) => [c.handle, c.name, c.metadata.name_en]).sort()).toEqual([
      ["black-goat", "罗田黑山羊", "Luotian black goat"],
      ["chestnut", "罗田板栗", "Luotian chestnut"],
      ["herbs", "九资河茯苓与中药材", "Jiuzihe Poria and herbs"],
      ["tea", "大别山绿茶", "Dabie Mountain green tea"],
    ])
    const { data: sellers } = await graph({ entity: "seller", fields: ["handle", "type", "status", "town"] })
    expect(sellers).toHaveLength(7)
    expect(sellers.filter((s: any) => s.type === "household")).toHaveLength(2)
    expect(sellers.filter((s: any) => s.type === "enterprise").map((s: any) => s.handle)).toEqual(["daziran-biotech"])
    expect(sellers.every((s: any) => s.status === "active")).toBe(true)
    const { data: regions } = await api.get("/store/regions", store)
    expect(regions.regions.map((r: any) => r.currency_code).sort()).toEqual(["cny", "usd"])
    // Without STRIPE_API_KEY buyers pay at the village station only (stripe.spec.ts covers Stripe).
    for (const region of regions.regions) {
      const { data } = await api.get(`/store/payment-providers?region_id=${region.id}`, store)
      expect(data.payment_providers.map((p: any) => p.id)).toEqual(["pp_system_default"])
    }
    const { data: products } = await api.get("/store/products?limit=1", store)
    expect(products.count).toBe(40)
  })

  it("gives every product a seller, a grade, pack sizes with a net weight, GTIN, stock and CNY and USD prices, and an image", async () => {
    const { data: products } = await graph({
      entity: "product",
      fields: ["handle", "thumbnail", "images.url", "images.metadata", "metadata", "listing.*", "listing.grade.*", "seller.handle", "variants.weight", "variants.ean", "variants.title", "variants.prices.*", "variants.inventory_items.inventory.location_levels.stocked_quantity"],
    })
    expect(products).toHaveLength(40)
    expect(products.flatMap((p: any) => p.variants)).toHaveLength(47)
    for (const product of products as any[]) {
      expect(product.seller.handle).toBeTruthy()
      expect(product.listing).toMatchObject({ grade_code: expect.any(String), status: "approved", grade: { name: expect.any(String), name_en: expect.any(String) } })
      expect(product.metadata.title_en).toMatch(/[a-z]/)
      for (const variant of product.variants) {
        const prices = Object.fromEntries(variant.prices.map((p: any) => [p.currency_code, Number(p.amount)]))
        expect(prices.usd).toBeCloseTo((prices.cny * 10) / 71, 2)
        const perKg = (prices.cny * 1000) / variant.weight
        expect(perKg).toBeGreaterThan(10)
        expect(perKg).toBeLessThan(2000)
        expect(variant.title).toMatch(/^[\d.]+(kg|g)$/)
        expect(variant.ean).toMatch(/^690\d{10}$/)
        expect(variant.inventory_items[0].inventory.location_levels).toHaveLength(1)
      }
      // The drawing went through the photos' path: renditions in AVIF and WebP, the 640 WebP as the image.
      const [image] = product.images
      expect(Object.keys(image.metadata.renditions.avif)).toEqual(["320", "640"])
      expect(product.thumbnail).toBe(image.metadata.renditions.webp["640"])
      expect(product.thumbnail).toMatch(/\/static\/.+-640\.webp$/)
    }
    const image = await api.get(new URL(products[0].thumbnail).pathname, { responseType: "arraybuffer" })
    expect(image.status).toBe(200)
    expect(Buffer.from(image.data).subarray(8, 12).toString()).toBe("WEBP")
  })

  it("knows the premium Shengli chestnuts, with their grade and seller", async () => {
    const product = await productByHandle(getContainer(), "fresh-chestnut-special")
    expect(product).toMatchObject({
      title: "罗田鲜板栗 · 特级",
      status: "published",
      listing: { grade_code: "special", grade: { name: "特级", name_en: "Premium grade" } },
      seller: { handle: "shengli-chestnut-coop", name: "罗田县胜利镇板栗专业合作社", type: "cooperative", town: "胜利镇" },
    })
    // Three pack sizes of one product: 1.5 kg, 2.5 kg and 5 kg.
    const sizes = product.variants
      .map((v: any) => [v.title, Number(v.prices.find((p: any) => p.currency_code === "cny").amount)])
      .sort((a: any, b: any) => a[1] - b[1])
    expect(sizes).toEqual([["1.5kg", 78], ["2.5kg", 88], ["5kg", 168]])
  })

  it("prices every product inside its grade's band under the category's standard, and backs its grade with an inspection", async () => {
    const { data: standards } = await api.get("/store/grade-standards", store)
    expect(standards.grade_standards.map((s: any) => s.category).sort()).toEqual(["black-goat", "chestnut", "herbs", "tea"])
    const { data: inspections } = await graph({ entity: "inspection", fields: ["seller_id", "category", "computed_grade", "lot"] })
    const { data: products } = await graph({ entity: "product", fields: ["handle", "listing.*", "categories.handle", "seller.id", "variants.weight", "variants.prices.*"] })
    const fen = (amount: unknown) => Math.round(Number(amount) * 100)
    for (const product of products as any[]) {
      const category = product.categories[0].handle
      const grades = standards.grade_standards.find((s: any) => s.category === category).grades
      const grade = grades.find((g: any) => g.code === product.listing.grade_code)
      // Per kg in whole fen, without division: min ≤ price × 1000 / grams ≤ max, for every size.
      for (const variant of product.variants) {
        const price = fen(variant.prices.find((p: any) => p.currency_code === "cny").amount) * 1000
        const grams = variant.weight
        expect([product.handle, grade.price_unit, fen(grade.price_min) * grams <= price, price <= fen(grade.price_max) * grams]).toEqual([product.handle, "kg", true, true])
      }
      // The seller's inspection for its listings (each seeded lot has its own besides, dated before it).
      const inspection = inspections.find((i: any) => i.seller_id === product.seller.id && i.category === category && i.lot.startsWith("SEED-"))
      const supported = grades.find((g: any) => g.code === inspection.computed_grade)
      expect([product.handle, supported.rank <= grade.rank]).toEqual([product.handle, true])
    }
  })

  it("gives every listing one or two inspected, certified lots from member households, whose receipts are its stock", async () => {
    const { data: products } = await graph({
      entity: "product",
      fields: ["handle", "seller.type", "listing.grade.rank", "variants.id", "variants.inventory_items.inventory.location_levels.stocked_quantity"],
    })
    const { data: lots } = await graph({
      entity: "lot",
      fields: ["code", "product_id", "status", "supplies.id", "receipts.variant_id", "receipts.packs", "certificates.number", "inspection.computed_grade", "inspection.lot", "inspection.standard.grades.code", "inspection.standard.grades.rank"],
    })
    expect(lots.length).toBeGreaterThanOrEqual(40)
    for (const product of products as any[]) {
      const own = (lots as any[]).filter((lot) => lot.product_id === product.id)
      expect([product.handle, own.length >= 1 && own.length <= 2]).toEqual([product.handle, true])
      for (const lot of own) {
        const grade = lot.inspection.standard.grades.find((g: any) => g.code === lot.inspection.computed_grade)
        expect([lot.code, lot.status, lot.inspection.lot, grade.rank <= product.listing.grade.rank]).toEqual([lot.code, "active", lot.code, true])
        expect([lot.code, lot.certificates.map((c: any) => c.number)]).toEqual([lot.code, [`${lot.code}-1`]])
        // Cooperatives' and the enterprise's lots name enough households for the trace to count them.
        expect([lot.code, lot.supplies.length]).toEqual([lot.code, product.seller.type === "household" ? 2 : 8])
      }
      for (const variant of product.variants) {
        const received = own.flatMap((lot) => lot.receipts).filter((r: any) => r.variant_id === variant.id).reduce((n: number, r: any) => n + r.packs, 0)
        expect([product.handle, received]).toEqual([product.handle, variant.inventory_items[0].inventory.location_levels[0].stocked_quantity])
      }
    }
    // Older lots are there to show first-expiring-first allocation.
    expect(products.filter((p: any) => (lots as any[]).filter((lot) => lot.product_id === p.id).length === 2).length).toBeGreaterThan(3)
  })

  it("lets a seeded seller print a seeded lot's labels, whose QR code leads to its trace", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "seed-")), "seller-accounts.json")
    await seedSellerAccounts(getContainer(), file)
    const [account] = JSON.parse(fs.readFileSync(file, "utf8"))
    const { data: login } = await api.post("/auth/seller/emailpass", { email: account.email, password: account.password })
    const auth = { headers: { authorization: `Bearer ${login.token}` } }
    const { data } = await api.get("/vendors/me/lots", auth)
    const lot = data.lots[0]
    const pdf = await api.get(`/vendors/me/lots/${lot.id}/labels.pdf?count=2`, { ...auth, responseType: "arraybuffer" })
    const [, gtin, code] = new URL(await decodeQrFromPdf(Buffer.from(pdf.data))).pathname.match(/^\/01\/(\d{14})\/10\/(.+)$/)!
    const { data: trace } = await api.get(`/store/trace/${gtin}/${code}`, store)
    expect(trace.trace).toMatchObject({ lot: lot.code, withdrawn: false, households: 8, grade: { code: expect.any(String) } })
    expect(trace.trace.certificates).toEqual([expect.objectContaining({ number: `${lot.code}-1`, in_force: true })])
  })

  it("seeds only once", async () => {
    const lotCount = (await graph({ entity: "lot", fields: ["id"] })).data.length
    const { data: products } = await graph({ entity: "product", fields: ["id"] })
    const { data: regions } = await graph({ entity: "region", fields: ["id"] })
    const { data: lots } = await graph({ entity: "lot", fields: ["id"] })
    const { data: members } = await graph({ entity: "member", fields: ["id"] })
    const keys = await getContainer().resolve(Modules.API_KEY).listApiKeys({ type: "publishable" })
    expect([products.length, regions.length, keys.length, lots.length, members.length]).toEqual([40, 2, 1, lotCount, 5 * 8 + 2 * 2])
    const { data: stations } = await graph({ entity: "station", fields: ["id"] })
    const { data: pickups } = await graph({ entity: "shipping_option", fields: ["id"], filters: { name: "到站自提 Pick up at a station" } })
    expect([stations.length, pickups.length]).toEqual([1 + 12 + 32, 7])
  })

  it("seeds the village station network, gives every seller the ¥3 pickup delivery, and the operators' logins once", async () => {
    const { data: sellers } = await graph({ entity: "seller", fields: ["handle", "shipping_profile.id"] })
    const { data: options } = await graph({ entity: "shipping_option", fields: ["shipping_profile_id", "type.code", "prices.amount", "prices.currency_code"] })
    for (const seller of sellers as any[]) {
      const pickup = options.filter((o: any) => o.shipping_profile_id === seller.shipping_profile.id && o.type.code === "station-pickup")
      expect([seller.handle, pickup.length, pickup[0].prices.filter((p: any) => p.currency_code === "cny").map((p: any) => Number(p.amount))]).toEqual([seller.handle, 1, [3, 3]])
    }
    const file = path.join(os.tmpdir(), `station-accounts-${process.pid}.json`)
    fs.rmSync(file, { force: true })
    await seedStationAccounts(getContainer(), file)
    const accounts = JSON.parse(fs.readFileSync(file, "utf8"))
    expect(accounts.map((a: any) => a.station)).toEqual(["FS-HUB", "SL", "SL-ZZS", "JZH-SRT"])
    const { data: login } = await api.post("/auth/station/emailpass", { email: accounts[2].email, password: accounts[2].password })
    const { data: me } = await api.get("/stations/me", { headers: { authorization: `Bearer ${login.token}` } })
    expect([me.station.code, me.station.village, me.user.role]).toEqual(["SL-ZZS", "錾字石村", "owner"])
    await seedStationAccounts(getContainer(), file)
    expect(JSON.parse(fs.readFileSync(file, "utf8"))).toEqual(accounts)
    fs.rmSync(file, { force: true })
  })

  it("gives the demo partner points' owners a login and a few attributed purchases once, the logins written to a file", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "partner-accounts-")), "partner-accounts.json")
    const run = () => seed({ container: getContainer(), args: [ASSOCIATION.email, ASSOCIATION.password, "", "", file] } as any)
    await run()
    const accounts = JSON.parse(fs.readFileSync(file, "utf8"))
    expect(accounts.map((a: any) => [a.partner, a.email])).toEqual([
      ["tiantangzhai", "tiantangzhai@partners.luotian.local"],
      ["ttz-yunjian", "ttz-yunjian@partners.luotian.local"],
    ])
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    // Each owner logs in and finds the purchases the seed attributed to its point (through checkout, with the scan).
    const seeded = { tiantangzhai: 2, "ttz-yunjian": 1 } as Record<string, number>
    for (const { partner, email, password } of accounts) {
      const { data: login } = await api.post("/auth/partner/emailpass", { email, password })
      const auth = { headers: { authorization: `Bearer ${login.token}` } }
      expect((await api.get("/partners/me", auth)).data.partner.code).toBe(partner)
      expect((await api.get("/partners/me/orders", auth)).data.count).toBe(seeded[partner])
    }
    const attributed = async () => {
      const { data } = await graph({ entity: "partner_point", fields: ["code", "orders.id", "orders.purchase.id"] })
      return Object.fromEntries(data.filter((p: any) => p.orders.length).map((p: any) => [p.code, p.orders.filter((o: any) => o.purchase).length]))
    }
    expect(await attributed()).toEqual({ tiantangzhai: 2, "ttz-yunjian": 1, "sanlifan-hot-springs": 1, bodaofeng: 1 })
    // A store whose file was lost makes no second owner nor purchase on its next start (passwords are never re-issued).
    fs.rmSync(file)
    await run()
    expect(JSON.parse(fs.readFileSync(file, "utf8"))).toEqual([])
    expect(await getContainer().resolve("partner").listPartnerOwners({})).toHaveLength(2)
    expect(await attributed()).toEqual({ tiantangzhai: 2, "ttz-yunjian": 1, "sanlifan-hot-springs": 1, bodaofeng: 1 })
  })

  it("lets the association log in to the admin", async () => {
    const admin = await adminHeaders(api)
    const { data } = await api.get("/admin/users/me", admin)
    expect(data.user.email).toBe(ASSOCIATION.email)
  })

  it("counts products per price band, keeping every band while one is chosen", async () => {
    const all = await expectPriceBands(catalogue)
    expect(all.source).toBe("postgres")
  })

  it("searches in Postgres where no Meilisearch is configured", async () => {
    // English words without synonyms: the Postgres provider's full-text search.
    const { data: english } = await api.get("/store/catalogue?q=kernels&limit=50", store)
    expect(english.source).toBe("postgres")
    expect(english.hits.length).toBeGreaterThan(0)
    expect(english.hits.every((hit: any) => hit.category.handle === "chestnut")).toBe(true)
    // Words with synonyms (chestnut: 板栗, 栗子 …) and Chinese: the fallback, which expands them.
    const { data: synonyms } = await api.get("/store/catalogue?q=chestnut&limit=50", store)
    expect(synonyms.source).toBe("postgres-fallback")
    expect(synonyms.hits.length).toBeGreaterThan(0)
    expect(synonyms.hits.every((hit: any) => hit.category.handle === "chestnut" || hit.category.handle === "tea")).toBe(true)
    const { data: chinese } = await api.get(`/store/catalogue?q=${encodeURIComponent("板栗")}&grade=special`, store)
    expect(chinese.source).toBe("postgres-fallback")
    // 板栗's synonym "chestnut" also finds the cloud-mist tea's "chestnut-like aroma", after every chestnut product.
    const chestnuts = chinese.hits.filter((hit: any) => hit.category.handle === "chestnut")
    expect(chestnuts.length).toBeGreaterThan(0)
    expect(chestnuts.every((hit: any) => hit.title.includes("栗"))).toBe(true)
    expect(chinese.hits.slice(0, chestnuts.length)).toEqual(chestnuts)
    expect(chinese.hits.every((hit: any) => hit.grade.code === "special")).toBe(true)
    expect(chinese.facets.grade).toEqual(expect.arrayContaining([{ value: "special", count: chinese.count }]))
    const { data: all } = await api.get("/store/catalogue?limit=100", store)
    expect(all.count).toBe(40)
    expect(all.facets.category).toEqual(
      expect.arrayContaining([{ value: "chestnut", count: 10 }, { value: "black-goat", count: 10 }, { value: "herbs", count: 11 }, { value: "tea", count: 9 }])
    )
  })
}
