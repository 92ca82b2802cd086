import type { SuiteContext } from "../support/boot"
import { gtin13CheckDigit } from "@luotian/contract"
import { asBuyer, checkout } from "../support/checkout"
import { listApproved } from "../support/listings"
import { sellerOrderOf } from "../support/purchases"
import { bearer, failure, registerSeller } from "../support/sellers"
import { adminHeaders, storeHeaders } from "../support/store"

const GTIN = ((first12: string) => `${first12}${gtin13CheckDigit(first12)}`)("690998877101")
const SPECIAL = { nuts_per_kg: 38, shrivelled_split_pct: 1.5, mould_insect_pct: 0 }
const REASON = "霉变抽检不合格 Mould found in a spot check"

// A recall from end to end: a lot's parcels and buyers, its withdrawal, what buyers are told, returns into lots,
// and who may do what. One backend boot; each test starts from the lots and purchases beforeAll made (the runner
// restores the database before each).
export default function recallSuite({ api, getContainer }: SuiteContext) {
  let store: { headers: Record<string, string> }
  let seller: Awaited<ReturnType<typeof registerSeller>>
  let other: Awaited<ReturnType<typeof registerSeller>>
  let product: any
  let variant_id: string
  const lots: Record<string, string> = {}
  // The buyer's two purchases and the seller orders split from them, both shipped from the early lot.
  const bought: { purchase: string; cartId: string; order: any }[] = []

  const stocked = async () => {
    const { data } = await api.get(`/vendors/me/products/${product.id}`, seller.auth)
    return Number(data.product.variants[0].inventory_items[0].inventory.location_levels[0].stocked_quantity)
  }
  const buyAndShip = async (quantity: number) => {
    const completed = await checkout(api, store, [{ variant_id, quantity }])
    const order = await sellerOrderOf(api, getContainer(), seller.auth, completed.order.id)
    await api.post(`/vendors/me/orders/${order.id}/fulfillments`, { method: "station", station: "胜利镇服务站" }, seller.auth)
    return { purchase: completed.order.id as string, cartId: completed.cartId as string, order }
  }
  const audit = async (action: string, lot_id: string) =>
    (await api.get(`/admin/audit?action=${action}&subject_type=lot&subject_id=${lot_id}`, await adminHeaders(api))).data

  beforeAll(async () => {
    store = await storeHeaders(getContainer())
    seller = await registerSeller(api, "recall-farm")
    other = await registerSeller(api, "recall-other")
    product = await listApproved(api, seller, {
      name: "old-tree-chestnut", category: "chestnut", grade: "special", sizes: [{ net_weight_g: 2000, price_cny: 76.5, stock: 0, gtin: GTIN }],
    })
    variant_id = product.variants[0].id
    const admin = await adminHeaders(api)
    for (const [code, best_before, packs] of [["RC-EARLY", "2026-12-10", 5], ["RC-LATE", "2026-12-20", 3]] as const) {
      const body = { product_id: product.id, code, kind: "harvest", produced_on: "2026-09-20", origin: { town: "胜利镇" }, quantity: 100, unit: "kg", best_before }
      const { data } = await api.post("/vendors/me/lots", body, seller.auth)
      const inspection = await api.post("/admin/inspections", { seller_id: seller.id, category: "chestnut", lot: code, measurements: SPECIAL }, admin)
      await api.post(`/vendors/me/lots/${data.lot.id}/inspection`, { inspection_id: inspection.data.inspection.id }, seller.auth)
      await api.post(`/vendors/me/lots/${data.lot.id}/receipts`, { variant_id, packs }, seller.auth)
      lots[code] = data.lot.id
    }
    // Two purchases of 2 packs each, both from the early lot (first-expiring first): 1 of its packs and 3 of the late lot's remain.
    bought.push(await buyAndShip(2), await buyAndShip(2))
  })

  it("finds every parcel of a lot, for its seller and for the association, and exports its buyers once audited", async () => {
    const early = lots["RC-EARLY"]!
    const { data: own } = await api.get(`/vendors/me/lots/${early}/shipments`, seller.auth)
    expect(own.shipments).toEqual(
      bought.map(({ order }) =>
        expect.objectContaining({ order_id: order.id, display_id: order.display_id, status: "pending", variant_title: "2kg", quantity: 2, returned: 0 })
      )
    )
    // A seller is never told the buyers' purchases.
    expect(JSON.stringify(own)).not.toContain(bought[0]!.purchase)

    const admin = await adminHeaders(api)
    const { data: found } = await api.get("/admin/lots?q=rc-", admin)
    expect(found.lots.map((l: any) => [l.code, l.seller.handle])).toEqual(expect.arrayContaining([["RC-EARLY", "recall-farm"], ["RC-LATE", "recall-farm"]]))
    const { data: detail } = await api.get(`/admin/lots/${early}`, admin)
    expect(detail.lot).toMatchObject({ code: "RC-EARLY", status: "active", seller: { handle: "recall-farm" } })
    expect(detail.shipments).toHaveLength(2)
    expect(detail.purchases).toEqual(bought.map(({ purchase, order }) => expect.objectContaining({ id: purchase, seller_orders: [order.display_id], quantity: 2 })))
    // Nothing of the buyers outside the export.
    expect(JSON.stringify(detail)).not.toMatch(/13800138000|buyer@example\.cn|中关村/)

    const csv = await api.get(`/admin/lots/${early}/buyers.csv`, { ...admin, responseType: "arraybuffer" })
    expect(csv.headers["content-type"]).toMatch(/^text\/csv/)
    const rows = Buffer.from(csv.data).toString("utf8").split("\r\n")
    expect(rows[0]!.startsWith("\uFEFF姓名 Name,")).toBe(true)
    // One buyer with both purchases: name, phone, city, e-mail, the purchases' numbers, the lot's packs.
    const numbers = detail.purchases.map((p: any) => `#${p.display_id}`).join(" ")
    expect(rows.slice(1)).toEqual([`李明,13800138000,北京市,buyer@example.cn,${numbers},4`, ""])
    expect((await audit("lot.buyers_exported", early)).audit_entries).toEqual([expect.objectContaining({ actor_type: "user", after: { rows: 1 } })])

    const bad = await failure(api.get("/admin/lots?q=%25", admin))
    expect([bad.status, bad.data.message]).toEqual([400, expect.stringContaining("q:")])
  })

  it("withdraws a lot once however often it is asked: its remaining packs leave sale, the trace page and the buyer's purchase say so", async () => {
    const early = lots["RC-EARLY"]!
    expect(await stocked()).toBe(4)
    const empty = await failure(api.post(`/vendors/me/lots/${early}/withdraw`, { reason: " " }, seller.auth))
    expect([empty.status, empty.data.message]).toEqual([400, expect.stringContaining("reason")])

    // The seller and the association at once: one withdrawal, one audit entry, the 1 remaining pack off sale once.
    const both = await Promise.all([
      api.post(`/vendors/me/lots/${early}/withdraw`, { reason: REASON }, seller.auth),
      api.post(`/admin/lots/${early}/withdraw`, { reason: "另一个原因 another reason" }, await adminHeaders(api)),
    ])
    expect(both.map((r) => r.status)).toEqual([200, 200])
    expect(both.map((r) => r.data.changed).sort()).toEqual([false, true])
    expect(await stocked()).toBe(3)
    const entries = (await audit("lot.withdrawn", early)).audit_entries
    expect(entries).toHaveLength(1)
    const reason = entries[0].after.reason
    expect(entries[0].after).toEqual({ status: "withdrawn", reason, packs_off_sale: 1 })

    // Again: 200, the same withdrawal.
    const again = await api.post(`/vendors/me/lots/${early}/withdraw`, { reason: "later" }, seller.auth)
    expect(again.data).toMatchObject({ changed: false, lot: { status: "withdrawn", withdrawal: { reason } } })
    expect(await stocked()).toBe(3)

    // A new cart cannot have the withdrawn pack: only the late lot's 3 are on sale.
    const { data: regions } = await api.get("/store/regions", store)
    const region_id = regions.regions.find((r: any) => r.currency_code === "cny").id
    const cart = await failure(api.post("/store/carts", { region_id, items: [{ variant_id, quantity: 4 }] }, store))
    expect([cart.status, cart.data.message]).toEqual([400, expect.stringMatching(/inventory/i)])

    // What ships next comes from the late lot only: a withdrawn lot is never allocated.
    const third = await buyAndShip(3)
    const { data: next } = await api.get(`/vendors/me/orders/${third.order.id}`, seller.auth)
    expect(next.order.items[0].lots).toEqual([expect.objectContaining({ code: "RC-LATE", quantity: 3 })])

    const { data: trace } = await api.get(`/store/trace/0${GTIN}/RC-EARLY`, store)
    expect(trace.trace).toMatchObject({ withdrawn: true, withdrawal: { reason, withdrawn_at: expect.any(String) } })

    const trace_path = `/01/0${GTIN}/10/RC-EARLY`
    const { data } = await api.get(`/store/purchases/${bought[0]!.purchase}`, asBuyer(store, bought[0]!.cartId))
    expect(data.purchase.withdrawn_lots).toEqual([{ code: "RC-EARLY", reason, withdrawn_at: trace.trace.withdrawal.withdrawn_at, trace_path }])
    // The reverse lookup, from the purchase and from the seller order: each line's lots.
    expect(data.purchase.parts[0].items[0].lots).toEqual([{ code: "RC-EARLY", quantity: 2, trace_path }])
    const { data: order } = await api.get(`/vendors/me/orders/${bought[0]!.order.id}`, seller.auth)
    expect(order.order.items[0].lots).toEqual([{ code: "RC-EARLY", quantity: 2, trace_path }])
  })

  it("puts returned packs back into their lots, last allocated first, and on sale only from a lot not withdrawn", async () => {
    // 3 packs: the early lot's last one, then 2 of the late lot's.
    const third = await buyAndShip(3)
    const line = (await api.get(`/vendors/me/orders/${third.order.id}`, seller.auth)).data.order.items[0]
    expect(line.lots.map((l: any) => [l.code, l.quantity])).toEqual([["RC-EARLY", 1], ["RC-LATE", 2]])
    expect(await stocked()).toBe(1)
    const returns = (quantity: number) => api.post(`/vendors/me/orders/${third.order.id}/returns`, { items: [{ line_item_id: line.id, quantity }] }, seller.auth)

    // 2 back: the late lot's (allocated last), on sale again.
    const back = await returns(2)
    expect([back.status, back.data.order?.items[0].lots.map((l: any) => [l.code, l.quantity])]).toEqual([200, [["RC-EARLY", 1]]])
    expect(await stocked()).toBe(3)
    const late = (await api.get(`/vendors/me/lots/${lots["RC-LATE"]}`, seller.auth)).data.lot
    expect(late.allocations).toEqual([expect.objectContaining({ order_id: third.order.id, packs: 2, returned: 2 })])

    // The early lot is withdrawn (nothing of it left on sale); its pack comes back into it, but not on sale.
    const withdrawn = await api.post(`/vendors/me/lots/${lots["RC-EARLY"]}/withdraw`, { reason: REASON }, seller.auth)
    expect([withdrawn.data.changed, await stocked()]).toEqual([true, 3])
    expect((await returns(1)).status).toBe(200)
    expect(await stocked()).toBe(3)
    const { data: shipments } = await api.get(`/vendors/me/lots/${lots["RC-EARLY"]}/shipments`, seller.auth)
    expect(shipments.shipments.find((s: any) => s.order_id === third.order.id)).toMatchObject({ quantity: 0, returned: 1 })

    const tooMany = await failure(returns(1))
    expect([tooMany.status, tooMany.data.message]).toEqual([400, expect.stringMatching(/^items\.0\.quantity: 1 is more than the 0 packs/)])
    const half = await failure(returns(0.5))
    expect([half.status, half.data.message]).toEqual([400, expect.stringContaining("items.0.quantity")])
  })

  it("keeps a lot's shipments, withdrawal and buyers to their seller and the association", async () => {
    const early = lots["RC-EARLY"]!
    for (const path of [`/vendors/me/lots/${early}/shipments`, `/vendors/me/lots/${lots["RC-LATE"]}`]) {
      const response = await failure(api.get(path, other.auth))
      expect([path, response.status]).toEqual([path, 404])
    }
    const foreign = await failure(api.post(`/vendors/me/lots/${lots["RC-LATE"]}/withdraw`, { reason: REASON }, other.auth))
    expect(foreign.status).toBe(404)
    expect((await api.get(`/vendors/me/lots/${lots["RC-LATE"]}`, seller.auth)).data.lot.status).toBe("active")
    const foreignReturn = await failure(api.post(`/vendors/me/orders/${bought[1]!.order.id}/returns`, { items: [{ line_item_id: "x", quantity: 1 }] }, other.auth))
    expect(foreignReturn.status).toBe(404)

    const password = "buyer-pass-1"
    const { data: registration } = await api.post("/auth/customer/emailpass/register", { email: "recall-buyer@example.cn", password })
    const customer = bearer(registration.token)
    for (const auth of [seller.auth, customer, {}]) {
      for (const path of ["/admin/lots?q=RC", `/admin/lots/${early}`, `/admin/lots/${early}/buyers.csv`]) {
        const response = await failure(api.get(path, auth))
        expect([path, response.status]).toEqual([path, 401])
      }
      const withdraw = await failure(api.post(`/admin/lots/${lots["RC-LATE"]}/withdraw`, { reason: REASON }, auth))
      expect(withdraw.status).toBe(401)
    }
    // None of them exported anything.
    expect((await audit("lot.buyers_exported", early)).audit_entries).toEqual([])
  })
}
