import type { SuiteContext } from "../support/boot"
import { ADDRESS, asBuyer, checkout, PURCHASE_CART_HEADER, readyCart } from "../support/checkout"
import { CHESTNUTS, listApproved, PORIA } from "../support/listings"
import { sellerPartIds } from "../support/purchases"
import { bearer, failure, registerSeller } from "../support/sellers"
import { adminHeaders, eventually, storeHeaders, thisMonth } from "../support/store"

// Finding 4 of the hardening issue: a seller never learns the buyer's purchase id, and a purchase (Medusa's order) is
// read only by its customer or the guest holding the cart it was completed from; a seller's part is never a purchase.

type Headers = { headers: Record<string, string> }
const UNKNOWN_CART = "cart_01ZZZZZZZZZZZZZZZZZZZZZZZZ"

export default function purchasesSuite({ api, getContainer }: SuiteContext) {
  let chen: Awaited<ReturnType<typeof registerSeller>>
  let wang: Awaited<ReturnType<typeof registerSeller>>
  let store: Headers
  let nuts: any
  // A guest's purchase from both sellers, and a logged-in customer's (Mei's) from Chen only.
  const guest = { id: "", cartId: "", parts: [] as string[] }
  const mei = { token: "", id: "", cartId: "", parts: [] as string[] }
  let hua: string

  const withStore = (extra: Record<string, string>): Headers => ({ headers: { ...store.headers, ...extra } })
  const asCustomer = (token: string) => withStore({ authorization: `Bearer ${token}` })
  async function registerCustomer(email: string) {
    const password = "buyer-pass-1"
    const { data: registration } = await api.post("/auth/customer/emailpass/register", { email, password })
    await api.post("/store/customers", { email, first_name: "客", last_name: "" }, asCustomer(registration.token))
    return (await api.post("/auth/customer/emailpass", { email, password })).data.token as string
  }
  const partsOf = (purchaseId: string, count: number) =>
    eventually(async () => {
      const ids = await sellerPartIds(getContainer(), purchaseId)
      expect(ids).toHaveLength(count)
      return ids
    })
  // Anything that would let someone find the purchase or the buyer: ids, the address, the phone, the e-mail.
  const buyerData = () => [guest.id, mei.id, ADDRESS.phone, ADDRESS.address_1, "buyer@example.cn", "purchase_order_id", "purchase_line_item_id"]
  const expectNoneOf = (answer: unknown, secrets: string[]) => {
    const text = typeof answer === "string" ? answer : JSON.stringify(answer)
    for (const secret of secrets) expect(text).not.toContain(secret)
  }
  // A 404 may repeat the id asked for (the asker knows it), nothing else.
  const othersThan = (asked: string, secrets: string[]) => secrets.filter((secret) => secret !== asked)

  beforeAll(async () => {
    chen = await registerSeller(api, "chen-secure")
    wang = await registerSeller(api, "wang-secure")
    nuts = await listApproved(api, chen, CHESTNUTS)
    const poria = await listApproved(api, wang, PORIA)
    store = await storeHeaders(getContainer())

    const completed = await checkout(api, store, [
      { variant_id: nuts.variants[0].id, quantity: 1 },
      { variant_id: poria.variants[0].id, quantity: 1 },
    ])
    Object.assign(guest, { id: completed.order.id, cartId: completed.cartId, parts: await partsOf(completed.order.id, 2) })

    mei.token = await registerCustomer("mei@buyers.test")
    mei.cartId = await readyCart(api, asCustomer(mei.token), [{ variant_id: nuts.variants[0].id, quantity: 2 }])
    mei.id = (await api.post(`/store/carts/${mei.cartId}/complete`, {}, asCustomer(mei.token))).data.order.id
    mei.parts = await partsOf(mei.id, 1)
    hua = await registerCustomer("hua@buyers.test")
    await eventually(async () => expect((await api.get(`/vendors/me/statements/${thisMonth()}`, chen.auth)).data.statement.orders).toHaveLength(2))
  })

  it("never gives a seller the purchase id: orders, order, every action's answer, statements and their CSV", async () => {
    const answers: unknown[] = []
    const read = async (request: Promise<any>) => {
      const { status, data } = await request
      expect(status).toBe(200)
      answers.push(data)
      return data
    }
    const chenOrders = await read(api.get("/vendors/me/orders", chen.auth))
    const chenPart = guest.parts.find((id) => chenOrders.orders.some((o: any) => o.id === id))!
    expect(chenOrders.orders.map((o: any) => o.id).sort()).toEqual([...mei.parts, chenPart].sort())
    await read(api.get(`/vendors/me/orders/${chenPart}`, chen.auth))
    await read(api.post(`/vendors/me/orders/${chenPart}/fulfillments`, { method: "courier", carrier: "顺丰速运", tracking_number: "SF1234567890" }, chen.auth))
    // Mark-paid captures the part's share of the purchase's payment: the route still finds the purchase itself.
    const paid = await read(api.post(`/vendors/me/orders/${chenPart}/mark-paid`, {}, chen.auth))
    expect(Number(paid.order.summary.paid_total)).toBe(Number(paid.order.total))
    const wangPart = guest.parts.find((id) => id !== chenPart)!
    const canceled = await read(api.post(`/vendors/me/orders/${wangPart}/cancel`, {}, wang.auth))
    expect(canceled.order.status).toBe("canceled")
    for (const seller of [chen, wang]) {
      await read(api.get("/vendors/me/statements", seller.auth))
      const { statement } = await read(api.get(`/vendors/me/statements/${thisMonth()}`, seller.auth))
      expect(statement.orders.length).toBeGreaterThan(0)
      const csv = await read(api.get(`/vendors/me/statements/${thisMonth()}/csv`, seller.auth))
      expect(csv).toContain(seller === chen ? chenPart : wangPart)
    }
    // Nor the carts they were completed from, the guest's proof of a purchase.
    const secrets = [guest.id, mei.id, guest.cartId, mei.cartId, "purchase_order_id", "purchase_line_item_id", "采购单"]
    for (const answer of answers) expectNoneOf(answer, secrets)

    // The association's statements keep the purchase: the data is there, only sellers are not given it.
    const admin = await adminHeaders(api)
    const { data } = await api.get(`/admin/statements?month=${thisMonth()}`, admin)
    expect(JSON.stringify(data)).toContain(guest.id)
    expect((await api.get(`/admin/statements/${thisMonth()}/csv`, admin)).data).toContain(guest.id)
  })

  const routes = ["/store/purchases", "/store/orders"]

  it.each(routes)("%s/:id answers 404 without data to anyone but the purchase's buyer", async (route) => {
    const admin = await adminHeaders(api)
    const strangers: [string, Headers][] = [
      ["a guest without the secret", store],
      ["a guest with an unknown cart id", withStore({ [PURCHASE_CART_HEADER]: UNKNOWN_CART })],
      ["a guest with another purchase's cart", withStore({ [PURCHASE_CART_HEADER]: mei.cartId })],
      ["a guest sending the purchase id as the secret", withStore({ [PURCHASE_CART_HEADER]: guest.id })],
      ["another customer", asCustomer(hua)],
      ["the customer of another purchase", asCustomer(mei.token)],
      ["the purchase's seller", withStore(chen.auth as any as Record<string, string>)],
      ["the association", withStore(admin.headers)],
    ]
    for (const [who, headers] of strangers) {
      const response = await failure(api.get(`${route}/${guest.id}`, headers))
      expect([who, response.status]).toEqual([who, 404])
      expectNoneOf(response.data, othersThan(guest.id, [...buyerData(), ...guest.parts, nuts.title]))
    }
    // Mei's purchase: not the guest's secret, not another customer, not a seller.
    for (const headers of [withStore({ [PURCHASE_CART_HEADER]: guest.cartId }), asCustomer(hua), withStore(chen.auth as any)]) {
      expect((await failure(api.get(`${route}/${mei.id}`, headers))).status).toBe(404)
    }

    // The buyers themselves.
    const asGuest = (await api.get(`${route}/${guest.id}`, asBuyer(store, guest.cartId))).data
    expect(asGuest[route === "/store/purchases" ? "purchase" : "order"]).toMatchObject({ id: guest.id, email: "buyer@example.cn" })
    const asMei = (await api.get(`${route}/${mei.id}`, asCustomer(mei.token))).data
    expect(asMei[route === "/store/purchases" ? "purchase" : "order"].id).toBe(mei.id)

    // A seller's part is never a purchase, not even to the buyer holding the secret.
    for (const part of guest.parts) {
      const response = await failure(api.get(`${route}/${part}`, asBuyer(store, guest.cartId)))
      expect(response.status).toBe(404)
      expectNoneOf(response.data, othersThan(part, buyerData()))
    }
    expect((await failure(api.get(`${route}/${mei.parts[0]}`, asCustomer(mei.token)))).status).toBe(404)
  })

  it("lets a logged-in customer read their purchase through a session cookie as well as a bearer token", async () => {
    const session = await api.post("/auth/session", {}, bearer(mei.token))
    const cookie = String(session.headers["set-cookie"]).split(";")[0]
    expect(cookie).toMatch(/=/)
    const { data } = await api.get(`/store/purchases/${mei.id}`, withStore({ cookie }))
    expect(data.purchase.id).toBe(mei.id)
    expect((await failure(api.get(`/store/purchases/${guest.id}`, withStore({ cookie })))).status).toBe(404)
  })

  it("keeps Medusa's other store order routes to purchases and their buyers", async () => {
    // The customer's list holds the purchase, never the seller parts split from it.
    const { data } = await api.get("/store/orders", asCustomer(mei.token))
    expect(data.orders.map((o: any) => o.id)).toEqual([mei.id])
    expect(data.count).toBe(1)
    expect((await api.get("/store/orders", asCustomer(hua))).data.orders).toEqual([])
    expect((await failure(api.get("/store/orders", store))).status).toBe(401)

    // A transfer request answers with the whole order: not for someone who merely knows the id, never for a part.
    const request = await failure(api.post(`/store/orders/${guest.id}/transfer/request`, {}, asCustomer(hua)))
    expect(request.status).toBe(404)
    expectNoneOf(request.data, othersThan(guest.id, buyerData()))
    expect((await failure(api.post(`/store/orders/${mei.parts[0]}/transfer/request`, {}, asCustomer(hua)))).status).toBe(404)
    for (const action of ["accept", "decline"]) {
      const response = await failure(api.post(`/store/orders/${guest.parts[0]}/transfer/${action}`, { token: "guess" }, store))
      expect(response.status).toBe(404)
      expectNoneOf(response.data, othersThan(guest.parts[0], buyerData()))
    }
    expect((await failure(api.post(`/store/orders/${guest.parts[0]}/transfer/cancel`, {}, asCustomer(hua)))).status).toBe(404)
  })

  it("shows the buyer's phone, address and e-mail in no store answer to anyone else", async () => {
    const seller = (await api.get("/store/sellers", store)).data.sellers[0]
    const answers = await Promise.all(
      [
        ["/store/catalogue?q=chen", store],
        [`/store/catalogue/${nuts.handle}`, store],
        ["/store/products?fields=*variants", store],
        ["/store/sellers", store],
        [`/store/sellers/${seller?.handle ?? "chen-secure"}`, store],
        ["/store/grade-standards", store],
        ["/store/customers/me", asCustomer(hua)],
        ["/store/customers/me/purchases", asCustomer(hua)],
        ["/store/orders?fields=*shipping_address,email", asCustomer(hua)],
        [`/store/orders/${guest.id}?fields=*shipping_address,email`, asCustomer(hua)],
        [`/store/purchases/${guest.id}`, withStore(chen.auth as any)],
        [`/store/orders/${guest.parts[0]}?fields=*shipping_address`, withStore(wang.auth as any)],
      ].map(async ([path, headers]) => {
        const response = await failure(api.get(path as string, headers as Headers))
        expect([path, response.status < 500]).toEqual([path, true])
        return [path, response.data]
      })
    )
    for (const [path, answer] of answers) {
      const text = JSON.stringify(answer)
      for (const secret of [ADDRESS.phone, ADDRESS.address_1, "buyer@example.cn", "mei@buyers.test"]) expect([path, text.includes(secret)]).toEqual([path, false])
    }
  })
}
