import { randomUUID } from "node:crypto"
import { logger } from "@medusajs/framework/logger"
import type { SuiteContext } from "../support/boot"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { captureOutput } from "../support/fuzz"
import { FIRST_GRADE_CHESTNUTS, listApproved, PORIA } from "../support/listings"
import { bearer, failure, registerSeller } from "../support/sellers"
import { adminHeaders, storeHeaders } from "../support/store"

type Headers = { headers: Record<string, string> }

// 代购: a station's operator orders from the catalogue for a villager with no phone or account of their own.
const VILLAGER = { name: "汪桂芝", phone: "13972715836" }

export default function assistedOrdersSuite({ api, getContainer }: SuiteContext) {
  let admin: Headers
  let store: Headers
  let buyer: Headers
  let chen: Awaited<ReturnType<typeof registerSeller>>
  let wang: Awaited<ReturnType<typeof registerSeller>>
  const variants: Record<string, string> = {}
  const operators: Record<string, Headers> = {}
  const placed: { first?: any; body?: any } = {}
  let stationAddress: string
  const stationIds: Record<string, string> = {}
  // Everything the backend logs or prints while the suite runs: the villager must never be in it.
  let output: ReturnType<typeof captureOutput>
  const graph = (config: any) => getContainer().resolve(ContainerRegistrationKeys.QUERY).graph(config)
  // The answer either way: placed (201, or 200 for a second send) or refused.
  const place = (body: object, operator = operators.a) => api.post("/stations/me/assisted-orders", body, operator).then((r: any) => r, (e: any) => e.response)
  const order = (items: { variant_id: string; quantity: number }[], villager = VILLAGER) => ({ idempotency_key: randomUUID(), villager, items })

  async function operatorOf(stationId: string, email: string) {
    const { data: invited } = await api.post(`/admin/stations/${stationId}/invites`, { email }, admin)
    const { data: registered } = await api.post("/auth/station/emailpass/register", { email, password: "pass-1234" })
    await api.post("/stations/invites/accept", { token: invited.invite.token, first_name: "秀英" }, bearer(registered.token))
    const { data: login } = await api.post("/auth/station/emailpass", { email, password: "pass-1234" })
    return bearer(login.token)
  }

  beforeAll(async () => {
    logger.setLogLevel("info")
    output = captureOutput()
    admin = await adminHeaders(api)
    store = await storeHeaders(getContainer())
    const { data: registered } = await api.post("/auth/customer/emailpass/register", { email: "buyer-assisted@example.cn", password: "pass-1234" })
    await api.post("/store/customers", { email: "buyer-assisted@example.cn", first_name: "明" }, { headers: { ...store.headers, authorization: `Bearer ${registered.token}` } })
    const { data: login } = await api.post("/auth/customer/emailpass", { email: "buyer-assisted@example.cn", password: "pass-1234" })
    buyer = { headers: { ...store.headers, authorization: `Bearer ${login.token}` } }
    chen = await registerSeller(api, "chen-assisted")
    wang = await registerSeller(api, "wang-assisted")
    variants.nuts = (await listApproved(api, chen, FIRST_GRADE_CHESTNUTS)).variants[0].id
    variants.poria = (await listApproved(api, wang, PORIA)).variants[0].id
    const { data } = await api.get(`/admin/stations?town=${encodeURIComponent("胜利镇")}`, admin)
    const byCode = (code: string) => data.stations.find((s: any) => s.code === code)
    stationAddress = byCode("SL-ZZS").address
    for (const code of ["SL-ZZS", "SL-BLY"]) stationIds[code] = byCode(code).id
    operators.a = await operatorOf(byCode("SL-ZZS").id, "zanzishi@assisted.test")
    operators.b = await operatorOf(byCode("SL-BLY").id, "banliyuan@assisted.test")
    // A station the association opened without 代购.
    const { data: plain } = await api.post(
      "/admin/stations",
      { code: "SL-XW", kind: "village", name: "新湾村服务站", name_en: "Xinwan village station", town: "胜利镇", town_en: "Shengli", village: "新湾村", village_en: "Xinwan", address: "胜利镇新湾村小卖部", hours: "08:00–20:00", operator_name: "新湾小卖部", parent_id: byCode("SL").id },
      admin
    )
    operators.plain = await operatorOf(plain.station.id, "xinwan@assisted.test")
    placed.body = order([{ variant_id: variants.nuts, quantity: 2 }, { variant_id: variants.poria, quantity: 1 }])
    placed.first = await place(placed.body)
  })

  afterAll(() => {
    output.stop()
    logger.unsetLogLevel()
  })

  const fen = (yuan: number) => Math.round(yuan * 100)

  it("places the villager's order as a purchase split per seller, picked up and paid in cash at this station", async () => {
    const { status, data } = placed.first
    expect(status).toBe(201)
    const assisted = data.assisted_order
    expect(assisted.pickup_code).toMatch(/^\d{6}$/)
    expect(assisted.villager).toEqual(VILLAGER)
    expect(assisted.placed_by).toBe("秀英")
    expect(assisted.parts).toHaveLength(2)
    const items = assisted.parts.flatMap((p: any) => p.items)
    expect(items.map((i: any) => i.quantity).sort()).toEqual([1, 2])
    for (const item of items) expect(fen(item.total)).toBe(fen(item.unit_price) * item.quantity)
    // Pickup at the association's ¥3 rate for each seller; the totals are Medusa's and add up to the fen.
    expect(assisted.parts.map((p: any) => p.delivery)).toEqual([3, 3])
    expect(fen(assisted.purchase.shipping_total)).toBe(600)
    expect(fen(assisted.purchase.total)).toBe(fen(assisted.purchase.item_total) + 600)
    expect(assisted.parts.reduce((sum: number, p: any) => sum + fen(p.total), 0)).toBe(fen(assisted.purchase.total))
    expect(assisted.parts.every((p: any) => p.parcel === null)).toBe(true)
    // Each seller order is linked to this station, paid at the station, addressed to the villager at the station.
    const { data: orders } = await graph({
      entity: "order",
      fields: ["id", "email", "customer_id", "station.code", "shipping_address.first_name", "shipping_address.address_1", "shipping_address.phone"],
      filters: { id: assisted.parts.map((p: any) => p.order_id) },
    })
    expect(orders.map((o: any) => [o.station?.code, o.shipping_address.first_name, o.shipping_address.address_1, o.shipping_address.phone ?? null, o.email ?? null])).toEqual([
      ["SL-ZZS", VILLAGER.name, stationAddress, null, null],
      ["SL-ZZS", VILLAGER.name, stationAddress, null, null],
    ])
    const { data: purchase } = await graph({ entity: "order", fields: ["payment_collections.payments.provider_id"], filters: { id: assisted.purchase.id } })
    expect((purchase[0] as any).payment_collections[0].payments[0].provider_id).toBe("pp_system_default")
    // The villager's record is the purchase's, the phone sealed at rest.
    const [row] = await getContainer().resolve("station").listStationAssistedOrders({ id: assisted.id })
    expect(row.order_id).toBe(assisted.purchase.id)
    expect(JSON.stringify(row)).not.toContain(VILLAGER.phone)
  })

  it("answers a second send of the same order with that order, without placing another or showing the code again", async () => {
    const again = await place(placed.body)
    expect([again.status, again.data.assisted_order.id, again.data.assisted_order.pickup_code]).toEqual([200, placed.first.data.assisted_order.id, null])
    const [one, two] = await Promise.all([place({ ...placed.body, idempotency_key: randomUUID() }), place(placed.body)])
    expect([one.status, two.status]).toEqual([201, 200])
    const { data } = await api.get("/stations/me/assisted-orders", operators.a)
    expect(data.count).toBe(2)
  })

  it("lists and shows the station's own assisted orders with the villager; another station sees none of them", async () => {
    const id = placed.first.data.assisted_order.id
    const { data: list } = await api.get("/stations/me/assisted-orders", operators.a)
    expect(list.assisted_orders.map((o: any) => [o.id, o.villager.name, o.pickup_code])).toEqual([[id, VILLAGER.name, null]])
    const { data: one } = await api.get(`/stations/me/assisted-orders/${id}`, operators.a)
    expect([one.assisted_order.villager, one.assisted_order.purchase.total]).toEqual([VILLAGER, placed.first.data.assisted_order.purchase.total])
    expect((await failure(api.get(`/stations/me/assisted-orders/${id}`, operators.b))).status).toBe(404)
    const { data: theirs } = await api.get("/stations/me/assisted-orders", operators.b)
    expect([theirs.assisted_orders, theirs.count]).toEqual([[], 0])
    // The association sees each station's own.
    const { data: checked } = await api.get(`/admin/stations/${stationIds["SL-ZZS"]}/assisted-orders`, admin)
    expect(checked.assisted_orders.map((o: any) => [o.id, o.villager])).toEqual([[id, VILLAGER]])
    expect((await api.get(`/admin/stations/${stationIds["SL-BLY"]}/assisted-orders`, admin)).data.count).toBe(0)
    expect((await failure(api.get(`/admin/stations/${stationIds["SL-ZZS"]}/assisted-orders`, operators.a))).status).toBe(401)
    for (const headers of [chen.auth, buyer, store, {}]) {
      expect((await failure(api.get("/stations/me/assisted-orders", headers))).status).toBe(401)
      expect((await failure(api.post("/stations/me/assisted-orders", order([{ variant_id: variants.nuts, quantity: 1 }]), headers))).status).toBe(401)
    }
  })

  it("hands the parcels to the villager with the code given at placement or the phone's digits and an ID check, taking the exact cash", async () => {
    const assisted = placed.first.data.assisted_order
    const parts: any[] = assisted.parts
    for (const part of parts) {
      const seller = part.seller.name === "chen-assisted" ? chen : wang
      await api.post(`/vendors/me/orders/${part.order_id}/fulfillments`, { method: "station", station: "錾字石村服务站" }, seller.auth)
    }
    const { data: shipped } = await api.get(`/stations/me/assisted-orders/${assisted.id}`, operators.a)
    const [first, second] = shipped.assisted_order.parts
    expect([first.parcel.status, second.parcel.status]).toEqual(["shipped_to_hub", "shipped_to_hub"])
    for (const part of [first, second]) await api.post(`/stations/me/parcels/${part.parcel.id}/receive`, {}, operators.a)
    const cash = (part: any) => part.total.toFixed(2)
    const wrong = assisted.pickup_code === "000000" ? "111111" : "000000"
    const refused = await failure(api.post(`/stations/me/parcels/${first.parcel.id}/hand-over`, { code: wrong, cash_received: cash(first) }, operators.a))
    expect([refused.status, refused.data.message]).toEqual([400, "code: wrong pickup code (4 attempts left)"])
    expect((await failure(api.post(`/stations/me/parcels/${first.parcel.id}/hand-over`, { code: assisted.pickup_code, cash_received: cash(first) }, operators.b))).status).toBe(404)
    await api.post(`/stations/me/parcels/${first.parcel.id}/hand-over`, { code: assisted.pickup_code, cash_received: cash(first) }, operators.a)
    const digits = await failure(api.post(`/stations/me/parcels/${second.parcel.id}/hand-over`, { phone_last4: "0000", id_checked: true, cash_received: cash(second) }, operators.a))
    expect(digits.status).toBe(400)
    await api.post(`/stations/me/parcels/${second.parcel.id}/hand-over`, { phone_last4: VILLAGER.phone.slice(-4), id_checked: true, cash_received: cash(second) }, operators.a)
    const { data: done } = await api.get(`/stations/me/assisted-orders/${assisted.id}`, operators.a)
    expect(done.assisted_order.parts.map((p: any) => [p.parcel.status, p.parcel.collected_with])).toEqual([["collected", "code"], ["collected", "phone_and_id"]])
    // The cash captured each seller order's share, exactly.
    const { data: book } = await api.get("/stations/me/cash-book", operators.a)
    expect(fen(Number(book.cash_book.received))).toBe(fen(assisted.purchase.total))
  })

  it("shows the seller the villager as the parcel's recipient at the station, never the phone; buyers see nothing of it", async () => {
    const assisted = placed.first.data.assisted_order
    const chenPart = assisted.parts.find((p: any) => p.seller.name === "chen-assisted")
    const { data: sellerView } = await api.get(`/vendors/me/orders/${chenPart.order_id}`, chen.auth)
    expect(sellerView.order.shipping_address.first_name).toBe(VILLAGER.name)
    expect(JSON.stringify(sellerView)).not.toContain(VILLAGER.phone)
    expect(JSON.stringify(sellerView)).not.toContain(VILLAGER.phone.slice(-4))
    const { data: sellerList } = await api.get("/vendors/me/orders", chen.auth)
    expect(JSON.stringify(sellerList)).not.toContain(VILLAGER.phone)
    for (const path of [`/store/orders/${assisted.purchase.id}`, `/store/purchases/${assisted.purchase.id}`]) {
      const answer = await failure(api.get(path, buyer))
      expect(answer.status).toBeGreaterThanOrEqual(400)
      expect(JSON.stringify(answer.data)).not.toContain(VILLAGER.name)
    }
    const { data: mine } = await api.get("/store/customers/me/purchases", buyer)
    expect(JSON.stringify(mine)).not.toContain(VILLAGER.name)
    const { data: wangOrders } = await api.get("/vendors/me/orders", wang.auth)
    expect(JSON.stringify(wangOrders)).not.toContain(chenPart.order_id)
  })

  it("refuses bad orders naming the field, and places nothing", async () => {
    const one = [{ variant_id: variants.nuts, quantity: 1 }]
    const cases: [object, string][] = [
      [order(one, { name: VILLAGER.name, phone: "12345678901" }), "villager.phone: must be a mainland mobile number"],
      [order(one, { name: VILLAGER.name, phone: "139727158360" }), "villager.phone:"],
      [order(one, { name: "汪\u0000桂芝", phone: VILLAGER.phone }), "villager.name: must not contain control characters"],
      [order(one, { name: "  ", phone: VILLAGER.phone }), "villager.name: must not be empty"],
      [order([{ variant_id: "variant_01JAAAAAAAAAAAAAAAAAAAAAAA", quantity: 1 }]), "items.0.variant_id: no pack size on sale has this id"],
      [order([{ variant_id: variants.nuts, quantity: 0 }]), "items.0.quantity: must be at least 1"],
      [order([{ variant_id: variants.nuts, quantity: 1e9 }]), "items.0.quantity: must be at most 999"],
      [order([{ variant_id: variants.nuts, quantity: 1.5 }]), "items.0.quantity: must be a whole number"],
      [order([]), "items: must hold at least one item"],
      [order([...one, ...one]), "items: must name each pack size once"],
      [{ ...order(one), idempotency_key: "again" }, "idempotency_key: must be a UUID"],
      [{ ...order(one), email: "x@example.cn" }, "Unrecognized key"],
    ]
    for (const [body, message] of cases) {
      const answer = await place(body)
      expect([answer.status, answer.data.message]).toEqual([400, expect.stringContaining(message)])
    }
    const { data } = await api.get("/stations/me/assisted-orders", operators.a)
    expect(data.count).toBe(1)
  })

  it("refuses 代购 at a station that does not offer it", async () => {
    const answer = await place(order([{ variant_id: variants.nuts, quantity: 1 }]), operators.plain)
    expect([answer.status, answer.data.message]).toEqual([403, "station: SL-XW does not offer 代购 (buying for villagers)"])
    expect((await getContainer().resolve("station").listStationAssistedOrders({})).length).toBe(1)
  })

  it("never writes the villager's name or phone to the logs", async () => {
    const all = output.lines.join("\n")
    // The capture saw the backend's log of this suite's requests: the checks below look at real output.
    expect(all).toMatch(/\/stations\/me\/assisted-orders/)
    expect(all).not.toContain(VILLAGER.name)
    expect(all).not.toContain(VILLAGER.phone)
  })
}
