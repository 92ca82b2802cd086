import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SuiteContext } from "../support/boot"
import { CHESTNUTS, listApproved } from "../support/listings"
import { failure, registerSeller } from "../support/sellers"
import { adminHeaders, storeHeaders } from "../support/store"

// Two households of a seller, with everything personal the seller keeps about them.
const MEMBERS = [
  { name: "周桂芳", village: "錾字石村", phone: "13907130011", id_number: "421123198001011234", poor_household: true, joined_at: "2016-03-01" },
  { name: "汪德胜", village: "燕窝垸村", phone: "13907130012", id_number: "421123197512120040", poor_household: false, joined_at: "2018-05-01" },
]
const PERSONAL = MEMBERS.flatMap((m) => [m.name, m.village, m.phone, m.id_number, m.id_number.slice(-4), m.joined_at])
const PUBLIC_KEYS = ["handle", "logo", "member_count", "name", "name_en", "story", "story_en", "town", "town_en", "type", "village", "village_en"]

export default function storeSellersSuite({ api, getContainer }: SuiteContext) {
  let store: { headers: Record<string, string> }
  const setStatus = async (id: string, status: string) =>
    api.post(`/admin/sellers/${id}/status`, { status }, await adminHeaders(api))

  beforeAll(async () => {
    store = await storeHeaders(getContainer())
  })

  it("shows a seeded seller's public profile in both languages", async () => {
    const { status, data } = await api.get("/store/sellers/chen-family-chestnut", store)
    expect(status).toBe(200)
    expect(Object.keys(data.seller).sort()).toEqual(PUBLIC_KEYS)
    expect(data.seller).toMatchObject({
      handle: "chen-family-chestnut",
      name: "陈家板栗（胜利镇家庭农户）",
      name_en: "Chen family chestnuts (Shengli household)",
      type: "household",
      town: "胜利镇",
      town_en: "Shengli",
      village: "屯兵堰村",
      village_en: "Tunbingyan village",
      story: expect.stringContaining("老栗树"),
      story_en: expect.stringContaining("chestnut trees"),
      // The seed's two households of the family farm, who supply its lots: fewer than five, so not their number.
      member_count: "fewer_than_5",
    })
  })

  it("counts member households and shows nothing else of them", async () => {
    const seller = await registerSeller(api, "zhou-family-store")
    for (const member of MEMBERS) await api.post("/vendors/me/members", member, seller.auth)
    const { data } = await api.get("/store/sellers/zhou-family-store", store)
    expect(data.seller.member_count).toBe("fewer_than_5")
    expect(Object.keys(data.seller).sort()).toEqual(PUBLIC_KEYS)
    const text = JSON.stringify(data)
    for (const secret of PERSONAL) expect([secret, text.includes(secret)]).toEqual([secret, false])
    expect(text).not.toMatch(/credit_code|status|"id"|members/)

    // Five or more: the number itself (the seeded chestnut cooperative's households).
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data: [coop] } = await query.graph({ entity: "seller", fields: ["id"], filters: { handle: "shengli-chestnut-coop" } })
    const { data: members } = await query.graph({ entity: "member", fields: ["id"], filters: { seller_id: coop!.id } })
    expect(members.length).toBeGreaterThanOrEqual(5)
    expect((await api.get("/store/sellers/shengli-chestnut-coop", store)).data.seller.member_count).toBe(members.length)
  })

  it("answers 404 for a pending, a suspended or an unknown seller, and 400 for a malformed handle", async () => {
    await registerSeller(api, "li-pending-store", false)
    expect((await failure(api.get("/store/sellers/li-pending-store", store))).status).toBe(404)

    const suspended = await registerSeller(api, "he-suspended-store")
    await api.post("/vendors/me/members", MEMBERS[0], suspended.auth)
    expect((await api.get("/store/sellers/he-suspended-store", store)).status).toBe(200)
    await setStatus(suspended.id, "suspended")
    const gone = await failure(api.get("/store/sellers/he-suspended-store", store))
    expect(gone.status).toBe(404)
    expect(JSON.stringify(gone.data)).not.toContain(MEMBERS[0].name)
    await setStatus(suspended.id, "active")
    expect((await api.get("/store/sellers/he-suspended-store", store)).data.seller.member_count).toBe("fewer_than_5")

    expect((await failure(api.get("/store/sellers/nobody-here", store))).status).toBe(404)
    const bad = await failure(api.get(`/store/sellers/${encodeURIComponent("Bad Handle!")}`, store))
    expect(bad.status).toBe(400)
    expect(bad.data.message).toContain("handle")
    // Like every store route, it needs the publishable key.
    expect((await failure(api.get("/store/sellers/chen-family-chestnut"))).status).toBe(400)
  })

  it("lists active sellers of a type, most member households first, with nothing personal", async () => {
    const seller = await registerSeller(api, "gao-family-store")
    for (const member of MEMBERS) await api.post("/vendors/me/members", member, seller.auth)
    await registerSeller(api, "ma-pending-store", false)
    const { data } = await api.get("/store/sellers?type=household", store)
    const handles = data.sellers.map((s: any) => s.handle)
    expect(handles).toEqual(expect.arrayContaining(["gao-family-store", "chen-family-chestnut", "wang-family-herbs"]))
    expect(handles).not.toContain("ma-pending-store")
    expect(data.sellers.every((s: any) => s.type === "household")).toBe(true)
    // Most first: shown counts in descending order, then the hidden ones (fewer than five).
    const counts = data.sellers.map((s: any) => s.member_count)
    const shown = counts.filter((c: unknown) => typeof c === "number")
    expect(counts).toEqual([...[...shown].sort((a, b) => b - a), ...counts.slice(shown.length).map(() => "fewer_than_5")])
    expect(data.sellers.find((s: any) => s.handle === "gao-family-store").member_count).toBe("fewer_than_5")
    for (const profile of data.sellers) expect(Object.keys(profile).sort()).toEqual(PUBLIC_KEYS)
    const text = JSON.stringify(data)
    for (const secret of PERSONAL) expect([secret, text.includes(secret)]).toEqual([secret, false])

    const { data: coops } = await api.get("/store/sellers?type=cooperative&limit=2", store)
    expect(coops).toMatchObject({ count: 4, limit: 2, offset: 0 })
    expect(coops.sellers).toHaveLength(2)
    expect(coops.sellers.every((s: any) => s.type === "cooperative")).toBe(true)

    const bad = await failure(api.get("/store/sellers?type=farm", store))
    expect(bad.status).toBe(400)
    expect(bad.data.message).toContain("type")
    expect((await failure(api.get("/store/sellers?limit=0", store))).status).toBe(400)
  })

  it("keeps the association's review notes and reviewers out of the store's product routes", async () => {
    for (const fields of ["*listing", "+listing.reason,+listing.decided_by", "*seller.members"]) {
      const response = await api.get(`/store/products?limit=5&fields=${encodeURIComponent(fields)}`, store).catch((e: any) => e.response)
      expect([fields, response.status < 500]).toEqual([fields, true])
      expect(JSON.stringify(response.data)).not.toMatch(/decided_by|"reason"|id_number|"phone"/)
    }
  })

  it("gives a product's page its card, images and the seller's village", async () => {
    const { data } = await api.get("/store/catalogue/old-tree-chestnut-special", store)
    expect(data.product).toMatchObject({
      handle: "old-tree-chestnut-special",
      title: "老树鲜板栗 · 特级",
      title_en: "Old-tree fresh chestnuts · Premium grade",
      category: { handle: "chestnut" },
      grade: { code: "special", name: "特级", name_en: "Premium grade" },
      seller: { handle: "chen-family-chestnut", type: "household", village: "屯兵堰村", village_en: "Tunbingyan village" },
      price_cny: 92,
      currency_code: "cny",
      sizes: [
        { variant_id: expect.any(String), net_weight_g: 2500, price_cny: 92, stock: 60, in_stock: true, gtin: expect.stringMatching(/^690\d{10}$/) },
        { variant_id: expect.any(String), net_weight_g: 5000, price_cny: 184, stock: 20, in_stock: true, gtin: expect.stringMatching(/^690\d{10}$/) },
      ],
      in_stock: true,
    })
    // The seeded drawing as a photo: the 640 WebP, with its AVIF and WebP renditions for the page's srcset.
    const webp = (width: number) => expect.stringMatching(new RegExp(`^http.*-${width}\\.webp$`))
    expect(data.product.images).toEqual([
      { url: webp(640), renditions: { avif: { 320: expect.stringMatching(/\.avif$/), 640: expect.stringMatching(/\.avif$/) }, webp: { 320: webp(320), 640: webp(640) } } },
    ])
    const { data: sold } = await api.get("/store/catalogue/poria-whole-select-1", store)
    expect(sold.product).toMatchObject({ stock: 0, in_stock: false })
  })

  it("finds a seller's listing by its handle, and hides it while the seller is suspended", async () => {
    const seller = await registerSeller(api, "luo-listing-store")
    const listed = await listApproved(api, seller, CHESTNUTS)
    expect(listed.handle).toMatch(/-fresh-chestnut-special$/)
    const path = `/store/catalogue/${encodeURIComponent(listed.handle)}`
    expect((await api.get(path, store)).data.product).toMatchObject({ title: listed.title, seller: { handle: "luo-listing-store" } })
    await setStatus(seller.id, "suspended")
    expect((await failure(api.get(path, store))).status).toBe(404)
    expect((await failure(api.get("/store/catalogue/no-such-product", store))).status).toBe(404)
    expect((await failure(api.get(`/store/catalogue/${encodeURIComponent("a/b?")}`, store))).status).toBe(400)
  })
}
