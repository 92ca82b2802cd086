import type { SuiteContext } from "../support/boot"
import { Modules } from "@medusajs/framework/utils"
import { creditCodeCheckCharacter } from "@luotian/contract"
import { SELLER_MODULE } from "../../../backend/src/modules/seller"
import { checkout } from "../support/checkout"
import { CHESTNUTS, listApproved } from "../support/listings"
import { bearer, failure, registerSeller } from "../support/sellers"
import { adminHeaders, eventually, storeHeaders } from "../support/store"

// Issue 10, findings 7 (invalid data accepted) and 8 (seller identity): each refusal is a 400 naming the field,
// and nothing is written.

const code = (first17: string) => first17 + creditCodeCheckCharacter(first17)
const CREDIT_CODE = code("93421123MA4900001") // a farmer cooperative in Luotian (4211 23)
const OTHER_CODE = code("93421123MA4900002")
const BAD_QUANTITIES = [0.5, 1.005, 1e-9, 1000]
const BAD_URLS = ["javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>", "JAVASCRIPT://x%0Aalert(1)"]

export default function inputSuite({ api, getContainer }: SuiteContext) {
  let store: { headers: Record<string, string> }
  let seller: Awaited<ReturnType<typeof registerSeller>>
  let variantId: string
  let productId: string
  let regionId: string

  const carts = () => getContainer().resolve(Modules.CART).listCarts({}, { select: ["id"] })
  const sellers = () => getContainer().resolve<any>(SELLER_MODULE)
  const cartOf = async (id: string) => {
    const { cart } = (await api.get(`/store/carts/${id}`, store)).data
    return { item_total: Number(cart.item_total), items: cart.items.map((i: any) => [i.variant_id, i.quantity]) }
  }
  const expectRefused = (response: any, field: string) => {
    expect([field, response.status]).toEqual([field, 400])
    expect(response.data.message).toContain(field)
  }
  const login = async (email: string) => {
    const { data } = await api.post("/auth/seller/emailpass/register", { email, password: "pass-1234" })
    return bearer(data.token)
  }
  const cooperative = (handle: string, credit_code: string, email?: string) => ({
    seller: { handle, name: handle, name_en: handle, type: "cooperative", town: "九资河镇", town_en: "Jiuzihe", credit_code },
    ...(email ? { user: { email } } : {}),
  })

  beforeAll(async () => {
    store = await storeHeaders(getContainer())
    seller = await registerSeller(api, "input-chen")
    const listed = await listApproved(api, seller, CHESTNUTS)
    ;[productId, variantId] = [listed.id, listed.variants[0].id]
    const { data } = await api.get("/store/regions", store)
    regionId = data.regions.find((r: any) => r.currency_code === "cny").id
  })

  it("answers 413 naming the limit to a body over 100 kB, on Medusa's routes and ours, and writes nothing", async () => {
    const before = (await carts()).length
    const huge = { region_id: regionId, metadata: { note: "栗".repeat(60_000) } }
    const cart = await failure(api.post("/store/carts", huge, store))
    expect([cart.status, cart.data]).toEqual([413, { type: "payload_too_large", message: "Invalid body: larger than the 100 kB this route takes" }])
    const listing = await failure(api.post("/vendors/me/products", { title: "x".repeat(200_000) }, seller.auth))
    expect(listing.status).toBe(413)
    expect((await carts()).length).toBe(before)
  })

  it("creates no cart with a fractional, zero-rounding or excessive quantity", async () => {
    const before = (await carts()).length
    for (const quantity of BAD_QUANTITIES) {
      const body = { region_id: regionId, items: [{ variant_id: variantId, quantity }] }
      expectRefused(await failure(api.post("/store/carts", body, store)), "items.0.quantity")
    }
    expect((await carts()).length).toBe(before)
    const { data } = await api.post("/store/carts", { region_id: regionId, items: [{ variant_id: variantId, quantity: 2 }] }, store)
    expect(await cartOf(data.cart.id)).toEqual({ item_total: 140, items: [[variantId, 2]] })
  })

  it("adds and updates cart lines only by whole quantities, leaving the cart as it was otherwise", async () => {
    const { data } = await api.post("/store/carts", { region_id: regionId, items: [{ variant_id: variantId, quantity: 2 }] }, store)
    const cartId = data.cart.id
    const lineId = data.cart.items[0].id
    const before = await cartOf(cartId)
    for (const quantity of BAD_QUANTITIES) {
      expectRefused(await failure(api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity }, store)), "quantity")
      expectRefused(await failure(api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity }, store)), "quantity")
    }
    expect(await cartOf(cartId)).toEqual(before)
    // 0 keeps Medusa's meaning: the line is removed.
    await api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity: 0 }, store)
    expect((await cartOf(cartId)).items).toEqual([])
  })

  it("creates a cart only in its region's currency", async () => {
    const before = (await carts()).length
    for (const body of [{ region_id: regionId, currency_code: "" }, { currency_code: "" }, { region_id: regionId, currency_code: "usd" }, { region_id: regionId, currency_code: 156 }]) {
      expectRefused(await failure(api.post("/store/carts", body, store)), "currency_code")
    }
    expect((await carts()).length).toBe(before)
    const { data } = await api.post("/store/carts", { region_id: regionId, currency_code: "CNY" }, store)
    expect(data.cart.currency_code).toBe("cny")
  })

  it("stores only http(s) URLs as a seller's logo", async () => {
    for (const logo of BAD_URLS) expectRefused(await failure(api.post("/vendors/me", { logo }, seller.auth)), "logo")
    expect((await sellers().retrieveSeller(seller.id)).logo).toBeNull()
    const { data } = await api.post("/vendors/me", { logo: "https://example.cn/logo.png" }, seller.auth)
    expect(data.seller.logo).toBe("https://example.cn/logo.png")
  })

  it("ships only with an http(s) tracking URL", async () => {
    await checkout(api, store, [{ variant_id: variantId, quantity: 1 }])
    const order = await eventually(async () => {
      const { data } = await api.get("/vendors/me/orders", seller.auth)
      expect(data.orders).toHaveLength(1)
      return data.orders[0]
    })
    const courier = { method: "courier", carrier: "顺丰速运", tracking_number: "SF1234567890" }
    for (const tracking_url of BAD_URLS) {
      const response = await failure(api.post(`/vendors/me/orders/${order.id}/fulfillments`, { ...courier, tracking_url }, seller.auth))
      expectRefused(response, "tracking_url")
    }
    expect((await api.get(`/vendors/me/orders/${order.id}`, seller.auth)).data.order.fulfillments).toEqual([])
    const url = "https://www.sf-express.com/track?no=SF1234567890"
    const { data } = await api.post(`/vendors/me/orders/${order.id}/fulfillments`, { ...courier, tracking_url: url }, seller.auth)
    expect(data.order.fulfillments[0].labels.map((l: any) => l.tracking_url)).toEqual([url])
  })

  it("takes prices in whole fen on creating and on editing a listing, and on grade bands", async () => {
    const listings = async () => (await api.get("/vendors/me/products", seller.auth)).data.products.length
    const count = await listings()
    for (const price_cny of [13.000000001, 70.001, 1e-7]) {
      expectRefused(await failure(api.post("/vendors/me/products", { ...CHESTNUTS, sizes: [{ ...CHESTNUTS.sizes[0], price_cny }] }, seller.auth)), "price_cny")
    }
    expect(await listings()).toBe(count)
    const variant = async () => (await api.get(`/vendors/me/products/${productId}`, seller.auth)).data.product.variants[0]
    const prices = async () => (await variant()).prices
    const before = await prices()
    const variant_id = (await variant()).id
    for (const price_cny of [13.000000001, 70.005]) {
      expectRefused(await failure(api.post(`/vendors/me/products/${productId}`, { sizes: [{ variant_id, price_cny }] }, seller.auth)), "sizes.0.price_cny")
    }
    expect(await prices()).toEqual(before)
    expect(before.map((p: any) => Number(p.amount))).toContain(70)

    const admin = await adminHeaders(api)
    const [chestnut] = (await api.get("/admin/grade-standards?category=chestnut", admin)).data.grade_standards
    const grades = chestnut.grades.map(({ id, rank, criteria, ...g }: any) => ({ ...g, criteria: criteria.map(({ text, text_en, ...c }: any) => c) }))
    grades[0] = { ...grades[0], price_max: 13.000000001 }
    expectRefused(await failure(api.post(`/admin/grade-standards/${chestnut.id}`, { grades }, admin)), "grades.0.price_max")
  })

  it("registers one seller per credit code, whatever its case or spacing, and writes nothing for a second", async () => {
    const first = await api.post("/vendors", cooperative("input-first-coop", CREDIT_CODE, "first@coop.test"), await login("first@coop.test"))
    expect(first.data.seller.credit_code).toBe(CREDIT_CODE)
    const count = (await sellers().listSellers({})).length
    const second = await login("second@coop.test")
    for (const variant of [CREDIT_CODE, CREDIT_CODE.toLowerCase(), ` ${CREDIT_CODE.toLowerCase()} `]) {
      expectRefused(await failure(api.post("/vendors", cooperative("input-copy-coop", variant, "second@coop.test"), second)), "seller.credit_code")
    }
    expect((await sellers().listSellers({})).length).toBe(count)
    expect(await sellers().listSellerUsers({ email: "second@coop.test" })).toEqual([])
    // The login is still free to register its own cooperative.
    expect((await api.post("/vendors", cooperative("input-copy-coop", OTHER_CODE, "second@coop.test"), second)).status).toBe(201)
  })

  it("lets only one of two racing registrations of the same credit code through", async () => {
    const [a, b] = [await login("race-a@coop.test"), await login("race-b@coop.test")]
    const results = await Promise.all([
      failure(api.post("/vendors", cooperative("input-race-a", CREDIT_CODE, "race-a@coop.test"), a)),
      failure(api.post("/vendors", cooperative("input-race-b", CREDIT_CODE.toLowerCase(), "race-b@coop.test"), b)),
    ])
    // `failure` reports a success as 200; the loser is caught by the check or, racing past it, by the unique index.
    const statuses = results.map((r) => r.status).sort((x, y) => x - y)
    expect(statuses[0]).toBe(200)
    expect([400, 422]).toContain(statuses[1])
    expect(results.find((r) => r.status !== 200)!.data.message).toContain("credit_code")
    expect(await sellers().listSellers({ credit_code: CREDIT_CODE })).toHaveLength(1)
  })

  it("makes the registering login the owner, so nobody can take an invited staff member's address", async () => {
    const { data } = await api.post("/vendors/me/invites", { email: "clerk@input.test" }, seller.auth)
    const count = (await sellers().listSellers({})).length
    const stranger = await login("stranger@input.test")
    const taken = await failure(api.post("/vendors", cooperative("input-stranger-coop", OTHER_CODE, "clerk@input.test"), stranger))
    expectRefused(taken, "user.email")
    expect((await sellers().listSellers({})).length).toBe(count)
    expect(await sellers().listSellerUsers({ email: ["clerk@input.test", "stranger@input.test"] })).toEqual([])
    // The invited clerk still gets in; a seller registered without a user is owned by its login.
    const accepted = await api.post("/vendors/invites/accept", { token: data.invite.token }, await login("clerk@input.test"))
    expect(accepted.data.user).toMatchObject({ email: "clerk@input.test", role: "staff" })
    const own = await api.post("/vendors", cooperative("input-stranger-coop", OTHER_CODE), stranger)
    expect(own.data.user).toMatchObject({ email: "stranger@input.test", role: "owner" })
    // Someone else's login cannot accept the invitation of another address either.
    const { data: next } = await api.post("/vendors/me/invites", { email: "helper@input.test" }, seller.auth)
    expectRefused(await failure(api.post("/vendors/invites/accept", { token: next.invite.token }, await login("other@input.test"))), "email")
  })
}
