import type { SuiteContext } from "../support/boot"
import { checkout } from "../support/checkout"
import { FIRST_GRADE_CHESTNUTS, listApproved } from "../support/listings"
import { failure, MEMBER, registerSeller } from "../support/sellers"
import { eventually, storeHeaders, thisMonth } from "../support/store"

export default function isolationSuite({ api, getContainer }: SuiteContext) {
  let a: Awaited<ReturnType<typeof registerSeller>>
  let b: Awaited<ReturnType<typeof registerSeller>>
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    a = await registerSeller(api, "cheng-a")
    b = await registerSeller(api, "zhou-b")
    ids.member = (await api.post("/vendors/me/members", MEMBER, a.auth)).data.member.id
    const product = await listApproved(api, a, FIRST_GRADE_CHESTNUTS)
    ids.product = product.id
    const store = await storeHeaders(getContainer())
    ids.purchase = (await checkout(api, store, [{ variant_id: product.variants[0].id, quantity: 1 }])).order.id
    ids.order = await eventually(async () => {
      const { data } = await api.get("/vendors/me/orders", a.auth)
      expect(data.orders).toHaveLength(1)
      return data.orders[0].id as string
    })
    await eventually(async () => expect((await api.get(`/vendors/me/statements/${thisMonth()}`, a.auth)).data.statement.orders).toHaveLength(1))
  })

  // Every seller route that names one of A's records: seller B is told it does not exist.
  // Every row has four entries: jest passes a callback in place of a missing argument.
  const byId: [string, string, () => string, object | null][] = [
    ["GET", "/vendors/me/products/:id", () => ids.product, null],
    ["POST", "/vendors/me/products/:id", () => ids.product, { description: "改写" }],
    ["POST", "/vendors/me/products/:id/stock", () => ids.product, { variant_id: "variant_x", stock: 0 }],
    ["DELETE", "/vendors/me/products/:id/sizes/variant_x", () => ids.product, null],
    ["GET", "/vendors/me/orders/:id", () => ids.order, null],
    ["POST", "/vendors/me/orders/:id/fulfillments", () => ids.order, { method: "station", station: "九资河镇服务站" }],
    ["POST", "/vendors/me/orders/:id/mark-paid", () => ids.order, {}],
    ["POST", "/vendors/me/orders/:id/cancel", () => ids.order, {}],
    ["GET", "/vendors/me/orders/:id", () => ids.purchase, null],
  ]

  it.each(byId)("%s %s with seller A's record answers 404 to seller B", async (method, path, id, body) => {
    const url = path.replace(":id", id())
    const response = await failure(method === "GET" ? api.get(url, b.auth) : api.post(url, body, b.auth))
    expect(response.status).toBe(404)
    expect(JSON.stringify(response.data)).not.toContain("罗田鲜板栗")
  })

  // Every seller route that lists: seller B sees its own (empty) data, none of A's.
  const lists: [string, (data: any) => unknown[]][] = [
    ["/vendors/me/products", (d) => d.products],
    ["/vendors/me/members", (d) => d.members],
    ["/vendors/me/orders", (d) => d.orders],
    ["/vendors/me/statements", (d) => d.months],
    [`/vendors/me/statements/${thisMonth()}`, (d) => d.statement.orders],
  ]

  it.each(lists)("GET %s shows seller B none of seller A's data", async (path, rows) => {
    const { data } = await api.get(path, b.auth)
    expect(rows(data)).toEqual([])
    const text = JSON.stringify(data)
    for (const secret of [ids.product, ids.order, ids.member, MEMBER.name, MEMBER.phone, a.id]) expect(text).not.toContain(secret)
  })

  it("gives seller B a CSV statement without seller A's orders, and its own profile", async () => {
    const csv = await api.get(`/vendors/me/statements/${thisMonth()}/csv`, b.auth)
    expect(csv.status).toBe(200)
    expect(csv.data).not.toContain(ids.order)
    const { data } = await api.get("/vendors/me", b.auth)
    expect(data.seller.id).toBe(b.id)
  })

  it("leaves seller A's data as it was after seller B's attempts", async () => {
    const { data: product } = await api.get(`/vendors/me/products/${ids.product}`, a.auth)
    expect(product.product.description).toBeNull()
    const { data: order } = await api.get(`/vendors/me/orders/${ids.order}`, a.auth)
    expect([order.order.status, order.order.fulfillments]).toEqual(["pending", []])
    expect(Number(order.order.summary.paid_total)).toBe(0)
  })

  const everyRoute: [string, string][] = [
    ["GET", "/vendors/me"],
    ["POST", "/vendors/me"],
    ["GET", "/vendors/me/products"],
    ["POST", "/vendors/me/products"],
    ["GET", "/vendors/me/products/prod_x"],
    ["POST", "/vendors/me/products/prod_x/stock"],
    ["GET", "/vendors/me/members"],
    ["POST", "/vendors/me/members"],
    ["POST", "/vendors/me/invites"],
    ["GET", "/vendors/me/orders"],
    ["GET", "/vendors/me/orders/order_x"],
    ["POST", "/vendors/me/orders/order_x/fulfillments"],
    ["POST", "/vendors/me/orders/order_x/cancel"],
    ["POST", "/vendors/me/orders/order_x/mark-paid"],
    ["GET", "/vendors/me/statements"],
    ["GET", "/vendors/me/statements/2026-11"],
    ["GET", "/vendors/me/statements/2026-11/csv"],
  ]

  it.each(everyRoute)("%s %s answers 401 without a seller login", async (method, url) => {
    const response = await failure(method === "GET" ? api.get(url) : api.post(url, {}))
    expect(response.status).toBe(401)
  })

  const adminRoutes: [string, string][] = [
    ["GET", "/admin/sellers"],
    ["POST", "/admin/sellers/:a/status"],
    ["GET", "/admin/sellers/:a/members"],
    ["GET", "/admin/statements"],
    ["GET", "/admin/statements/2026-11/csv"],
  ]

  it.each(adminRoutes)("%s %s is the association's: a seller login gets 401", async (method, path) => {
    const url = path.replace(":a", a.id)
    const response = await failure(method === "GET" ? api.get(url, b.auth) : api.post(url, { status: "suspended" }, b.auth))
    expect(response.status).toBe(401)
  })
}
