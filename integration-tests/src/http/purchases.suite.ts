import type { SuiteContext } from "../support/boot"
import { asBuyer, checkout, readyCart } from "../support/checkout"
import { CHESTNUTS, listApproved, PORIA } from "../support/listings"
import { failure, registerSeller } from "../support/sellers"
import { eventually, storeHeaders } from "../support/store"

// A member household of the chestnut seller: none of it may reach a buyer (ID number with a right check character).
const HOUSEHOLD = { name: "王秀英", village: "屯兵堰村", phone: "13907130001", id_number: "421123198001011234", joined_at: "2016-03-01" }
const UNKNOWN = "order_01ZZZZZZZZZZZZZZZZZZZZZZZZ"

export default function purchasesSuite({ api, getContainer }: SuiteContext) {
  let chen: Awaited<ReturnType<typeof registerSeller>>
  let wang: Awaited<ReturnType<typeof registerSeller>>
  let nuts: any
  let poria: any
  let store: { headers: Record<string, string> }

  const asCustomer = (token: string) => ({ headers: { ...store.headers, authorization: `Bearer ${token}` } })
  /** A purchase, read as its buyer, once its seller parts exist (the split runs just after checkout). */
  const purchaseOf = (id: string, buyer: { headers: Record<string, string> }) =>
    eventually(async () => {
      const { data } = await api.get(`/store/purchases/${id}`, buyer)
      expect(data.purchase.parts_pending).toBe(false)
      return data.purchase
    })
  const partOf = (purchase: any, sellerHandle: string) => purchase.parts.find((p: any) => p.seller.handle === sellerHandle)
  /** Registers a buyer as Medusa's storefront does, and logs in. */
  async function registerCustomer(email: string, first_name: string) {
    const password = "buyer-pass-1"
    const { data: registration } = await api.post("/auth/customer/emailpass/register", { email, password })
    await api.post("/store/customers", { email, first_name, last_name: "" }, asCustomer(registration.token))
    const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
    return login.token as string
  }
  /** Checks out a cart the logged-in customer created, so that the purchase is theirs. */
  async function checkoutAs(token: string, items: { variant_id: string; quantity: number }[]) {
    const cartId = await readyCart(api, asCustomer(token), items)
    const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, asCustomer(token))
    return data.order
  }

  beforeAll(async () => {
    chen = await registerSeller(api, "chen-purchases")
    wang = await registerSeller(api, "wang-purchases")
    nuts = await listApproved(api, chen, CHESTNUTS)
    poria = await listApproved(api, wang, PORIA)
    await api.post("/vendors/me/members", HOUSEHOLD, chen.auth)
    store = await storeHeaders(getContainer())
  })

  it("shows a guest's purchase with each seller's part, its exact totals and how it was sent", async () => {
    const completed = await checkout(api, store, [
      { variant_id: nuts.variants[0].id, quantity: 2 },
      { variant_id: poria.variants[0].id, quantity: 3 },
    ])
    const buyer = asBuyer(store, completed.cartId)
    const purchase = await purchaseOf(completed.order.id, buyer)
    // 2 × 70 + 3 × 42.5 and each seller's ¥12 delivery.
    expect(purchase).toMatchObject({ id: completed.order.id, email: "buyer@example.cn", currency_code: "cny", payment_status: "authorized" })
    expect([purchase.item_total, purchase.shipping_total, purchase.total].map(Number)).toEqual([267.5, 24, 291.5])
    expect(purchase.shipping_address).toEqual({
      first_name: "明", province: "北京市", city: "北京市", address_2: null, address_1: "中关村大街 27 号", phone: "13800138000",
    })
    expect(purchase.parts).toHaveLength(2)
    const chenPart = partOf(purchase, "chen-purchases")
    expect(chenPart).toMatchObject({
      seller: { handle: "chen-purchases", name: "chen-purchases", name_en: "chen-purchases", type: "household", town: "胜利镇", town_en: "Shengli" },
      delivery: { name: "标准快递 Standard delivery" },
      status: "pending",
      fulfillment_status: "not_fulfilled",
      payment_status: "not_paid",
      fulfillments: [],
    })
    expect(chenPart.items.map((i: any) => [i.title, i.variant_title, i.product_handle, i.quantity, Number(i.unit_price), Number(i.total)])).toEqual([
      [nuts.title, "2kg", nuts.handle, 2, 70, 140],
    ])
    expect([Number(chenPart.delivery.amount), Number(chenPart.total)]).toEqual([12, 152])
    const wangPart = partOf(purchase, "wang-purchases")
    expect(wangPart.items.map((i: any) => [i.quantity, Number(i.unit_price), Number(i.total)])).toEqual([[3, 42.5, 127.5]])
    expect(Number(wangPart.total)).toBe(139.5)

    await api.post(`/vendors/me/orders/${chenPart.order_id}/fulfillments`, { method: "courier", carrier: "顺丰速运", tracking_number: "SF1234567890" }, chen.auth)
    await api.post(`/vendors/me/orders/${wangPart.order_id}/fulfillments`, { method: "station", station: "九资河镇服务站" }, wang.auth)
    await api.post(`/vendors/me/orders/${wangPart.order_id}/mark-paid`, {}, wang.auth)
    const sent = (await api.get(`/store/purchases/${completed.order.id}`, buyer)).data.purchase
    expect(partOf(sent, "chen-purchases")).toMatchObject({
      fulfillment_status: "shipped",
      fulfillments: [{ method: "courier", carrier: "顺丰速运", tracking_number: "SF1234567890", station: null }],
    })
    expect(partOf(sent, "wang-purchases")).toMatchObject({
      fulfillment_status: "shipped",
      payment_status: "captured",
      fulfillments: [{ method: "station", carrier: null, tracking_number: null, station: "九资河镇服务站" }],
    })
    expect(sent.payment_status).toBe("partially_captured")
    expect(partOf(sent, "chen-purchases").fulfillments[0].created_at).toBeTruthy()

    // Nothing of the sellers' member households or of their users reaches the buyer.
    const text = JSON.stringify(sent)
    for (const secret of [HOUSEHOLD.name, HOUSEHOLD.phone, HOUSEHOLD.id_number, "@sellers.test"]) expect(text).not.toContain(secret)

    // A seller's part is not a purchase, and an unknown purchase is not found.
    expect((await failure(api.get(`/store/purchases/${chenPart.order_id}`, buyer))).status).toBe(404)
    expect((await failure(api.get(`/store/purchases/${UNKNOWN}`, buyer))).status).toBe(404)
    expect((await failure(api.get("/store/purchases/not-an-order", store))).status).toBe(400)
  })

  it("lists a logged-in customer's own purchases, newest first, with their parts inside", async () => {
    const mei = await registerCustomer("mei@buyers.test", "美")
    const hua = await registerCustomer("hua@buyers.test", "华")
    expect((await failure(api.get("/store/customers/me/purchases", store))).status).toBe(401)
    expect((await api.get("/store/customers/me/purchases", asCustomer(mei))).data).toEqual({ purchases: [], count: 0, limit: 10, offset: 0 })

    const first = await checkoutAs(mei, [{ variant_id: nuts.variants[0].id, quantity: 1 }])
    const second = await checkoutAs(mei, [
      { variant_id: nuts.variants[0].id, quantity: 1 },
      { variant_id: poria.variants[0].id, quantity: 2 },
    ])
    const huas = await checkoutAs(hua, [{ variant_id: poria.variants[0].id, quantity: 1 }])
    await checkout(api, store, [{ variant_id: poria.variants[0].id, quantity: 1 }])
    await purchaseOf(second.id, asCustomer(mei))

    const { data } = await api.get("/store/customers/me/purchases", asCustomer(mei))
    expect(data.count).toBe(2)
    expect(data.purchases.map((p: any) => p.id)).toEqual([second.id, first.id])
    const [latest] = data.purchases
    expect(latest.parts.map((p: any) => [p.seller.handle, Number(p.total)]).sort()).toEqual([
      ["chen-purchases", 82],
      ["wang-purchases", 97],
    ])
    expect(Number(latest.total)).toBe(179)
    // The parts are inside their purchase, never listed as purchases of their own.
    const partIds = latest.parts.map((p: any) => p.order_id)
    expect(data.purchases.some((p: any) => partIds.includes(p.id))).toBe(false)

    const page = (await api.get("/store/customers/me/purchases?limit=1&offset=1", asCustomer(mei))).data
    expect([page.purchases.map((p: any) => p.id), page.count, page.limit, page.offset]).toEqual([[first.id], 2, 1, 1])
    const theirs = (await api.get("/store/customers/me/purchases", asCustomer(hua))).data
    expect(theirs.purchases.map((p: any) => p.id)).toEqual([huas.id])
    expect(JSON.stringify(data)).not.toContain(huas.id)
    expect(JSON.stringify(data)).not.toContain("@sellers.test")
    expect((await failure(api.get("/store/customers/me/purchases?limit=500", asCustomer(mei)))).status).toBe(400)
  })
}
