import type { SuiteContext } from "../support/boot"
import { bearer, failure } from "../support/sellers"
import { adminHeaders, eventually, storeHeaders } from "../support/store"

// A real unified social credit code (the standard's own example) and the same with a wrong check character.
const CREDIT_CODE = "91350100M000100Y43"
const WRONG_CHECK = "91350100M000100Y44"

const registration = (overrides: Record<string, unknown> = {}) => ({
  seller: {
    handle: "kuanghe-goat-coop",
    name: "罗田县匡河镇黑山羊养殖专业合作社",
    name_en: "Kuanghe Black Goat Cooperative",
    type: "cooperative",
    town: "匡河镇",
    town_en: "Kuanghe",
    credit_code: CREDIT_CODE,
    ...overrides,
  },
  user: { email: "owner@kuanghe.test", first_name: "国华", last_name: "李" },
})

export default function sellersSuite({ api, getContainer }: SuiteContext) {
  let store: { headers: Record<string, string> }

  async function register(body = registration(), password = "goat-pass-1") {
    const { data } = await api.post("/auth/seller/emailpass/register", { email: body.user.email, password })
    return { registered: await api.post("/vendors", body, bearer(data.token)), password }
  }
  async function login(email: string, password: string) {
    const { data } = await api.post("/auth/seller/emailpass", { email, password })
    return bearer(data.token)
  }

  beforeAll(async () => {
    store = await storeHeaders(getContainer())
  })

  it("registers a cooperative as pending, with its owner logging in as a seller", async () => {
    const { registered, password } = await register()
    expect(registered.status).toBe(201)
    expect(registered.data.seller).toMatchObject({ handle: "kuanghe-goat-coop", status: "pending", credit_code: CREDIT_CODE })
    expect(registered.data.user).toMatchObject({ email: "owner@kuanghe.test", role: "owner" })
    const { data: me } = await api.get("/vendors/me", await login("owner@kuanghe.test", password))
    expect(me.seller).toMatchObject({ id: registered.data.seller.id, status: "pending", type: "cooperative" })
    expect(me.user.role).toBe("owner")
  })

  it("lets an active seller edit its profile, but not its handle or status", async () => {
    const { registered, password } = await register()
    const admin = await adminHeaders(api)
    const auth = await login("owner@kuanghe.test", password)
    const pendingEdit = await failure(api.post("/vendors/me", { story: "新故事" }, auth))
    expect(pendingEdit.status).toBe(403)
    await api.post(`/admin/sellers/${registered.data.seller.id}/status`, { status: "active" }, admin)
    const { data } = await api.post("/vendors/me", { name_en: "Kuanghe Black Goat Farmers", story: "三十户农户共同放养。" }, auth)
    expect(data.seller).toMatchObject({ name_en: "Kuanghe Black Goat Farmers", story: "三十户农户共同放养。", status: "active" })
    for (const [body, field] of [[{ status: "active" }, "status"], [{ handle: "other" }, "handle"], [{ logo: "not a url" }, "logo"]] as const) {
      const refused = await failure(api.post("/vendors/me", body, auth))
      expect([field, refused.status, refused.data.message?.includes(field)]).toEqual([field, 400, true])
    }
  })

  it("refuses bad registrations with the field and the rule", async () => {
    const { data } = await api.post("/auth/seller/emailpass/register", { email: "x@kuanghe.test", password: "pass-1234" })
    const cases: [unknown, string][] = [
      [registration({ credit_code: WRONG_CHECK }), "credit_code"],
      [registration({ credit_code: undefined }), "credit_code"],
      [registration({ handle: "Kuanghe Goats" }), "handle"],
      [registration({ type: "farm" }), "type"],
      [{ ...registration(), user: { email: "not-an-email" } }, "email"],
    ]
    for (const [body, field] of cases) {
      const response = await failure(api.post("/vendors", body, bearer(data.token)))
      expect([field, response.status]).toEqual([field, 400])
      expect(response.data.message).toContain(field)
    }
    // The owner is the login that registers (x@kuanghe.test here), not the address in the body.
    const household = { ...registration({ type: "household", credit_code: undefined, handle: "li-family-goats" }), user: { email: "x@kuanghe.test" } }
    expect((await api.post("/vendors", household, bearer(data.token))).status).toBe(201)
  })

  it("answers 401 without a seller login, and keeps sellers out of the admin", async () => {
    expect((await failure(api.post("/vendors", registration()))).status).toBe(401)
    expect((await failure(api.get("/vendors/me"))).status).toBe(401)
    const admin = await adminHeaders(api)
    expect((await failure(api.get("/vendors/me", admin))).status).toBe(401)
    const { password } = await register()
    const seller = await login("owner@kuanghe.test", password)
    expect((await failure(api.get("/admin/sellers", seller))).status).toBe(401)
  })

  it("lets the association approve a pending seller, and refuses transitions that make no sense", async () => {
    const { registered, password } = await register()
    const admin = await adminHeaders(api)
    const { data: pending } = await api.get("/admin/sellers?status=pending", admin)
    expect(pending.sellers.map((s: any) => s.handle)).toEqual(["kuanghe-goat-coop"])
    const jump = await failure(api.post(`/admin/sellers/${registered.data.seller.id}/status`, { status: "suspended" }, admin))
    expect(jump.status).toBe(400)
    expect(jump.data.message).toContain("a pending seller cannot become suspended")
    const bad = await failure(api.post(`/admin/sellers/${registered.data.seller.id}/status`, { status: "closed" }, admin))
    expect(bad.status).toBe(400)
    expect(bad.data.message).toContain("status")
    await api.post(`/admin/sellers/${registered.data.seller.id}/status`, { status: "active" }, admin)
    const { data: me } = await api.get("/vendors/me", await login("owner@kuanghe.test", password))
    expect(me.seller.status).toBe("active")
  })

  it("takes a suspended seller's products out of the store and the search, and brings them back", async () => {
    const admin = await adminHeaders(api)
    const { data: all } = await api.get("/admin/sellers", admin)
    const shengli = all.sellers.find((s: any) => s.handle === "shengli-chestnut-coop")
    const query = getContainer().resolve("query")
    const listed = async () => {
      const { data: catalogue } = await api.get("/store/catalogue?limit=100", store)
      const { data: owned } = await query.graph({ entity: "seller", fields: ["products.id", "products.sales_channels.id"], filters: { id: shengli.id } })
      const { data: products } = await api.get("/store/products?limit=100&fields=id", store)
      const one = await api.get(`/store/products/${owned[0].products[0].id}`, store).then((r: any) => r.status, (e: any) => e.response.status)
      return {
        search: catalogue.hits.filter((hit: any) => hit.seller.handle === "shengli-chestnut-coop").length,
        inChannel: owned[0].products.filter((product: any) => product.sales_channels.length > 0).length,
        store: products.count,
        one,
        total: catalogue.count,
      }
    }
    expect(await listed()).toEqual({ search: 5, inChannel: 5, store: 40, one: 200, total: 40 })

    await api.post(`/admin/sellers/${shengli.id}/status`, { status: "suspended" }, admin)
    await eventually(async () => expect(await listed()).toEqual({ search: 0, inChannel: 0, store: 35, one: 404, total: 35 }))

    await api.post(`/admin/sellers/${shengli.id}/status`, { status: "active" }, admin)
    await eventually(async () => expect(await listed()).toEqual({ search: 5, inChannel: 5, store: 40, one: 200, total: 40 }))
  })
}
