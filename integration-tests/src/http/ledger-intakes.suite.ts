import { creditCodeCheckCharacter, gtin13CheckDigit } from "@luotian/contract"
import { randomUUID } from "node:crypto"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SuiteContext } from "../support/boot"
import { checkout } from "../support/checkout"
import { CHESTNUTS, listApproved } from "../support/listings"
import { sellerOrderOf } from "../support/purchases"
import { bearer, failure, MEMBER, registerSeller } from "../support/sellers"
import { adminHeaders, eventually, storeHeaders, thisMonth } from "../support/store"

// A 2 kg special-grade chestnut size at ¥76.50 with no stock of its own: every pack comes from an intake's lot.
const GTIN = `690998877302${gtin13CheckDigit("690998877302")}`
const LISTING = { name: "old-tree-chestnut", category: "chestnut", grade: "special", sizes: [{ net_weight_g: 2000, price_cny: 76.5, stock: 0, gtin: GTIN }] }
const SPECIAL = { nuts_per_kg: 38, shrivelled_split_pct: 1.5, mould_insect_pct: 0 }
const ID_NUMBERS = ["421123198001011234", "421123197512120040", "421123199005051238"]
const NAMES = ["程桂兰", "王秀英", "周德胜"]

// 代销 intakes as a source of household income (README, "Household incomes and impact").
export default function ledgerIntakesSuite({ api, getContainer }: SuiteContext) {
  const month = thisMonth()
  const post = (path: string, body: unknown, auth: object) => failure(api.post(path, body, auth))
  const householdsOf = async (auth: object) => (await api.get(`/vendors/me/ledger/households?month=${month}`, auth)).data.households as any[]
  const monthFen = async (auth: object) => Object.fromEntries((await householdsOf(auth)).map((h) => [h.name, Number(h.month_fen)]))
  const entriesOf = async (auth: object, member: string) => (await api.get(`/vendors/me/ledger/households/${member}?month=${month}`, auth)).data.entries as any[]
  const shape = (entries: any[]) => entries.map((e) => [e.kind, e.amount_fen, e.status])

  async function cooperative() {
    const email = "intake-coop@sellers.test"
    const { data } = await api.post("/auth/seller/emailpass/register", { email, password: "pass-1234" })
    const code = "93421123MA4A0LDK0"
    const body = { seller: { handle: "intake-coop", name: "代销合作社", name_en: "intake-coop", type: "cooperative", town: "胜利镇", town_en: "Shengli", credit_code: code + creditCodeCheckCharacter(code) }, user: { email } }
    const { data: registered } = await api.post("/vendors", body, bearer(data.token))
    await api.post(`/admin/sellers/${registered.seller.id}/status`, { status: "active" }, await adminHeaders(api))
    const { data: login } = await api.post("/auth/seller/emailpass", { email, password: "pass-1234" })
    const auth = bearer(login.token)
    const members: string[] = []
    for (const [i, name] of NAMES.entries()) {
      members.push((await api.post("/vendors/me/members", { ...MEMBER, name, id_number: ID_NUMBERS[i], poor_household: i === 1 }, auth)).data.member.id)
    }
    await api.post("/vendors/me/ledger/rule", { kind: "surplus_return", rate: "0.75" }, auth)
    return { id: registered.seller.id as string, auth, members }
  }

  async function shengliOperator() {
    const admin = await adminHeaders(api)
    const { data } = await api.get(`/admin/stations?town=${encodeURIComponent("胜利镇")}`, admin)
    const station = data.stations.find((s: any) => s.code === "SL-ZZS")
    const email = "zzs-ledger@stations.test"
    const { data: invited } = await api.post(`/admin/stations/${station.id}/invites`, { email }, admin)
    const { data: registered } = await api.post("/auth/station/emailpass/register", { email, password: "pass-1234" })
    await api.post("/stations/invites/accept", { token: invited.invite.token, first_name: "桂兰" }, bearer(registered.token))
    return bearer((await api.post("/auth/station/emailpass", { email, password: "pass-1234" })).data.token)
  }

  /** The lot an intake went into, graded and received into the 2 kg size. */
  async function receive(coop: { id: string; auth: object }, lot: { id: string; code: string }, variant_id: string, packs: number) {
    const inspection = await api.post("/admin/inspections", { seller_id: coop.id, category: "chestnut", lot: lot.code, measurements: SPECIAL }, await adminHeaders(api))
    await api.post(`/vendors/me/lots/${lot.id}/inspection`, { inspection_id: inspection.data.inspection.id }, coop.auth)
    await api.post(`/vendors/me/lots/${lot.id}/receipts`, { variant_id, packs }, coop.auth)
  }

  it("books an intake's price as income, nets it out of its lot's sale, reverses, closes, pays and reconciles with the statement", async () => {
    const coop = await cooperative()
    const [m1, m2, m3] = coop.members
    const product = await listApproved(api, coop, LISTING)
    const variant_id = product.variants[0].id
    const operator = await shengliOperator()
    const intake = (member_id: string, quantity_kg: string, price_per_kg_fen: number, paid: string, client_reference: string) =>
      api.post("/stations/me/intakes", { client_reference, seller_id: coop.id, member_id, product_id: product.id, quantity_kg, grade_code: "special", price_per_kg_fen, paid }, operator)

    // Household 1 brings 10 kg at ¥5.00/kg, paid in cash now (¥50.00); household 2 brings 4 kg at ¥10.00/kg, paid on sale (¥40.00).
    const { data: cash } = await intake(m1, "10", 500, "now", "ledger-intake-0001")
    const retried = await intake(m1, "10", 500, "now", "ledger-intake-0001")
    expect(retried.status).toBe(200)
    const { data: later } = await intake(m2, "4", 1000, "on_sale", "ledger-intake-0002")
    await eventually(async () => expect(await monthFen(coop.auth)).toEqual({ 程桂兰: 5000, 王秀英: 4000, 周德胜: 0 }))
    // Paid now: the station's cash paid it, so the entry is paid with the receipt; paid on sale, it waits for the seller.
    const [paidNow] = await entriesOf(coop.auth, m1)
    expect(paidNow).toMatchObject({
      kind: "intake", amount_fen: "5000", status: "paid", payment_reference: `代销 ${cash.intake.receipt_number}`,
      source: { type: "intake", lot_code: cash.intake.lot.code, order_display_id: null, intake_receipt: cash.intake.receipt_number },
    })
    expect(shape(await entriesOf(coop.auth, m2))).toEqual([["intake", "4000", "open"]])
    // Tied to the intake by a link: the ledger entry reads its intake's receipt through Medusa's query.
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data: linked } = await query.graph({ entity: "ledger_entry", fields: ["id", "kind", "station_intake.receipt_number"], filters: { member_id: m1 } })
    expect((linked[0] as any).station_intake.receipt_number).toBe(cash.intake.receipt_number)

    // Both lots are graded and received (2 packs and 1), and a buyer takes all 3 packs (¥229.50) with ¥12 delivery.
    await receive(coop, cash.intake.lot, variant_id, 2)
    await receive(coop, later.intake.lot, variant_id, 1)
    const bought = await checkout(api, await storeHeaders(getContainer()), [{ variant_id, quantity: 3 }])
    const order = await sellerOrderOf(api, getContainer(), coop.auth, bought.order.id)
    await api.post(`/vendors/me/orders/${order.id}/fulfillments`, { method: "station", station: "胜利镇服务站" }, coop.auth)

    // Pool: 75 % of (241.50 − 12.00) → 17213 fen; lot 1 (2 packs) 11475, lot 2 (1 pack) 5738. Each household's share
    // nets out its intake price: 11475 − 5000 and 5738 − 4000. Each month total is its share: nobody is paid twice.
    await eventually(async () => expect(await monthFen(coop.auth)).toEqual({ 程桂兰: 11475, 王秀英: 5738, 周德胜: 0 }))
    expect(shape(await entriesOf(coop.auth, m1))).toEqual([["intake", "5000", "paid"], ["lot_sale", "6475", "open"]])
    expect(shape(await entriesOf(coop.auth, m2))).toEqual([["intake", "4000", "open"], ["lot_sale", "1738", "open"]])

    // A refund of one pack (¥76.50): the pool is 75 % of (165.00 − 12.00) = 11475 → shares 7650 and 3825. Household 1's
    // balance comes down to 7650 − 5000; household 2's share is below its intake price, whose payment stands.
    await api.post(`/vendors/me/orders/${order.id}/mark-paid`, {}, coop.auth)
    const { data: paid } = await query.graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: bought.order.id } })
    await api.post(`/admin/payments/${(paid[0] as any).payment_collections[0].payments[0].id}/refund`, { amount: 76.5 }, await adminHeaders(api))
    await eventually(async () => expect(await monthFen(coop.auth)).toEqual({ 程桂兰: 7650, 王秀英: 4000, 周德胜: 0 }))
    expect(shape(await entriesOf(coop.auth, m2))).toEqual([["intake", "4000", "open"], ["lot_sale", "1738", "open"], ["reversal", "-1738", "open"]])

    // Reconciliation: the ledger's month is what the statement leaves the households under the rule, plus what the
    // intake prices paid above their shares (the buying seller's risk: 4000 − 3825).
    const { data: statement } = await api.get(`/vendors/me/statements/${month}`, coop.auth)
    const row = statement.statement.orders.find((o: any) => o.order_id === order.id)
    expect(row).toMatchObject({ gross: "241.50", refunds: "76.50", net: "165.00" })
    const due = Math.round(0.75 * (Math.round(Number(row.net) * 100) - 1200))
    const total = async () => Object.values(await monthFen(coop.auth)).reduce((a, b) => a + b, 0)
    expect(await total()).toBe(due + (4000 - 3825))

    // Lot 1 withdrawn: its sale's balance is reversed; the intake's price, paid in cash, is not.
    await api.post(`/vendors/me/lots/${cash.intake.lot.id}/withdraw`, { reason: "霉变 mould found" }, coop.auth)
    await eventually(async () => expect(await monthFen(coop.auth)).toEqual({ 程桂兰: 5000, 王秀英: 4000, 周德胜: 0 }))
    expect(shape(await entriesOf(coop.auth, m1))).toEqual([["intake", "5000", "paid"], ["lot_sale", "6475", "open"], ["reversal", "-3825", "open"], ["reversal", "-2650", "open"]])

    // The close counts the intakes; paying household 2 pays its intake price with the rest, and pays nothing twice.
    expect((await api.post("/vendors/me/ledger/close", { month }, coop.auth)).data).toMatchObject({ closed: true, total_fen: "9000" })
    expect(shape(await entriesOf(coop.auth, m1)).map(([kind, , status]) => [kind, status])).toEqual([["intake", "paid"], ["lot_sale", "closed"], ["reversal", "closed"], ["reversal", "closed"]])
    const pay = { member_id: m2, month, reference: "农商行转账 0002" }
    expect((await api.post("/vendors/me/ledger/payments", pay, coop.auth)).data).toMatchObject({ changed: true, month_fen: "4000", month_status: "paid" })
    expect((await entriesOf(coop.auth, m2)).map((e) => e.payment_reference)).toEqual(["农商行转账 0002", "农商行转账 0002", "农商行转账 0002"])
    const csv = (await api.get(`/vendors/me/ledger/ledger.csv?month=${month}`, coop.auth)).data
    expect(csv).toContain("代销收购 station intake")
    expect(csv).toContain("合计 Total,,,,,,,90.00")

    // Isolation: another seller sees none of these households, and reads or pays none of them.
    const other = await registerSeller(api, "intake-ledger-other")
    expect(await householdsOf(other.auth)).toEqual([])
    expect((await failure(api.get(`/vendors/me/ledger/households/${m3}?month=${month}`, other.auth))).status).toBe(404)
    expect((await post("/vendors/me/ledger/payments", { ...pay, member_id: m1 }, other.auth)).status).toBe(404)
  })

  it("counts a station's intakes and assisted orders in the association's impact figures, by town and category", async () => {
    const coop = await cooperative()
    const product = await listApproved(api, coop, LISTING)
    const nuts = await listApproved(api, coop, CHESTNUTS)
    const operator = await shengliOperator()
    const admin = await adminHeaders(api)
    const refresh = () => api.post("/admin/impact/refresh", { from: month, to: month }, admin)
    const NONE = { intakes: 0, intake_fen: "0", assisted_orders: 0, assisted_fen: "0" }
    const stations = async (filter: string) => {
      const { data } = await api.get(`/admin/impact?from=${month}&to=${month}&${filter}`, admin)
      return data.impact.stations.find((s: any) => s.month === month) ?? NONE
    }
    const FILTERS = { town: "town=Shengli", chestnut: "town=Shengli&category=chestnut", tea: "town=Shengli&category=tea", elsewhere: "town=Jiuzihe" }
    const figures = async () => Object.fromEntries(await Promise.all(Object.entries(FILTERS).map(async ([key, filter]) => [key, await stations(filter)])))
    await refresh()
    const before = await figures()

    // 10 kg at ¥5.00/kg and 4 kg at ¥10.00/kg brought in (¥90.00); two 2 kg packs at ¥70 bought for a villager (¥140).
    const intakes = [[coop.members[0], "10", 500], [coop.members[1], "4", 1000]] as const
    for (const [i, [member_id, quantity_kg, price_per_kg_fen]] of intakes.entries()) {
      const body = { client_reference: `impact-intake-${i}`, seller_id: coop.id, member_id, product_id: product.id, quantity_kg, grade_code: "special", price_per_kg_fen, paid: "now" }
      expect((await api.post("/stations/me/intakes", body, operator)).status).toBe(201)
    }
    const villager = { name: "汪桂芝", phone: "13972715836" }
    const items = [{ variant_id: nuts.variants[0].id, quantity: 2 }]
    expect((await api.post("/stations/me/assisted-orders", { idempotency_key: randomUUID(), villager, items }, operator)).status).toBe(201)
    await refresh()
    const after = await figures()

    const change = (key: string) => ({
      intakes: after[key].intakes - before[key].intakes,
      intake_fen: Number(after[key].intake_fen) - Number(before[key].intake_fen),
      assisted_orders: after[key].assisted_orders - before[key].assisted_orders,
      assisted_fen: Number(after[key].assisted_fen) - Number(before[key].assisted_fen),
    })
    const SHENGLI = { intakes: 2, intake_fen: 9000, assisted_orders: 1, assisted_fen: 14000 }
    const NOTHING = { intakes: 0, intake_fen: 0, assisted_orders: 0, assisted_fen: 0 }
    expect(Object.fromEntries(Object.keys(FILTERS).map((key) => [key, change(key)]))).toEqual({ town: SHENGLI, chestnut: SHENGLI, tea: NOTHING, elsewhere: NOTHING })
  })
}
