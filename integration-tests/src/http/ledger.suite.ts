import { creditCodeCheckCharacter, gtin13CheckDigit } from "@luotian/contract"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SuiteContext } from "../support/boot"
import { checkout } from "../support/checkout"
import { listApproved } from "../support/listings"
import { sellerOrderOf } from "../support/purchases"
import { bearer, failure, MEMBER, registerSeller } from "../support/sellers"
import { adminHeaders, eventually, storeHeaders, thisMonth } from "../support/store"

// A 2 kg chestnut size at ¥76.50 with no stock of its own: every pack comes from a lot.
const GTIN = `690998877301${gtin13CheckDigit("690998877301")}`
const LISTING = { name: "old-tree-chestnut", category: "chestnut", grade: "special", sizes: [{ net_weight_g: 2000, price_cny: 76.5, stock: 0, gtin: GTIN }] }
const SPECIAL = { nuts_per_kg: 38, shrivelled_split_pct: 1.5, mould_insect_pct: 0 }
const ID_NUMBERS = ["421123198001011234", "421123197512120040", "421123199005051238"]
const creditCode = (first17: string) => first17 + creditCodeCheckCharacter(first17)
const nextMonth = (month: string) => {
  const [y, m] = month.split("-").map(Number)
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`
}

export default function ledgerSuite({ api, getContainer }: SuiteContext) {
  const month = thisMonth()
  const post = (path: string, body: unknown, auth: object) => failure(api.post(path, body, auth))
  const get = (path: string, auth: object) => failure(api.get(path, auth))

  /** A cooperative or enterprise registered, approved and logged in, with three member households. */
  async function registerProducer(handle: string, type: "cooperative" | "enterprise", code: string) {
    const email = `${handle}@sellers.test`
    const { data } = await api.post("/auth/seller/emailpass/register", { email, password: "pass-1234" })
    const body = { seller: { handle, name: `${handle}合作社`, name_en: handle, type, town: "胜利镇", town_en: "Shengli", credit_code: code }, user: { email } }
    const { data: registered } = await api.post("/vendors", body, bearer(data.token))
    await api.post(`/admin/sellers/${registered.seller.id}/status`, { status: "active" }, await adminHeaders(api))
    const { data: login } = await api.post("/auth/seller/emailpass", { email, password: "pass-1234" })
    const seller = { id: registered.seller.id as string, auth: bearer(login.token) }
    const names = ["程桂兰", "王秀英", "周德胜"]
    const members: string[] = []
    for (const [i, name] of names.entries()) {
      const { data: m } = await api.post("/vendors/me/members", { ...MEMBER, name, id_number: ID_NUMBERS[i], poor_household: i === 1 }, seller.auth)
      members.push(m.member.id)
    }
    return { ...seller, members }
  }

  const recordLot = async (seller: { id: string; auth: object }, product_id: string, code: string, best_before: string, quantity: number, households: [string, number][]) => {
    const body = { product_id, code, kind: "harvest", produced_on: "2026-09-20", origin: { town: "胜利镇" }, quantity, unit: "kg", best_before, households: households.map(([member_id, q]) => ({ member_id, quantity: q })) }
    const { data } = await api.post("/vendors/me/lots", body, seller.auth)
    return data.lot.id as string
  }

  const householdsOf = async (auth: object, m = month) => (await api.get(`/vendors/me/ledger/households?month=${m}`, auth)).data.households as any[]
  const monthFen = async (auth: object, m = month) => Object.fromEntries((await householdsOf(auth, m)).map((h) => [h.name, Number(h.month_fen)]))

  it("posts each supplying household's exact share of a cooperative's sale, reverses refunds and withdrawals, closes and pays a month, and reconciles with the statement", async () => {
    const coop = await registerProducer("ledger-coop", "cooperative", creditCode("93421123MA4A0LDG0"))
    const [m1, m2, m3] = coop.members

    // The rule: a rate below the legal 60 % and another seller type's rule are refused; 75 % is taken.
    expect(await post("/vendors/me/ledger/rule", { kind: "surplus_return", rate: "0.59" }, coop.auth)).toMatchObject({ status: 400, data: { message: expect.stringMatching(/rate: must be at least 0.6/) } })
    expect(await post("/vendors/me/ledger/rule", { kind: "own_sales" }, coop.auth)).toMatchObject({ status: 400, data: { message: expect.stringMatching(/kind: a cooperative seller's payout rule is surplus_return/) } })
    expect((await api.get("/vendors/me/ledger/rule", coop.auth)).data.rule).toEqual({ kind: "surplus_return", rate: "0.6" })
    expect((await api.post("/vendors/me/ledger/rule", { kind: "surplus_return", rate: "0.75" }, coop.auth)).data.rule).toEqual({ kind: "surplus_return", rate: "0.75" })

    // Two graded lots: A (households 1 and 2, 70 and 50.25 kg) ships first, then B (households 2 and 3, 1 and 2 kg).
    const product = await listApproved(api, coop, LISTING)
    const variant_id = product.variants[0].id
    const lotA = await recordLot(coop, product.id, "LG-A", "2026-12-10", 120.25, [[m1, 70], [m2, 50.25]])
    const lotB = await recordLot(coop, product.id, "LG-B", "2026-12-20", 10, [[m2, 1], [m3, 2]])
    for (const [id, code, packs] of [[lotA, "LG-A", 2], [lotB, "LG-B", 3]] as const) {
      const inspection = await api.post("/admin/inspections", { seller_id: coop.id, category: "chestnut", lot: code, measurements: SPECIAL }, await adminHeaders(api))
      await api.post(`/vendors/me/lots/${id}/inspection`, { inspection_id: inspection.data.inspection.id }, coop.auth)
      await api.post(`/vendors/me/lots/${id}/receipts`, { variant_id, packs }, coop.auth)
    }
    // A cooperative buys nothing on contract: recording lots posts nothing.
    expect(Object.values(await monthFen(coop.auth))).toEqual([0, 0, 0])

    // A buyer takes 3 packs (¥229.50) with ¥12 delivery; shipping allocates 2 packs to A and 1 to B.
    const store = await storeHeaders(getContainer())
    const bought = await checkout(api, store, [{ variant_id, quantity: 3 }])
    const order = await sellerOrderOf(api, getContainer(), coop.auth, bought.order.id)
    await api.post(`/vendors/me/orders/${order.id}/fulfillments`, { method: "station", station: "胜利镇服务站" }, coop.auth)

    // Pool: 75 % of (241.50 − 12.00) = ¥172.125 → 17213 fen; A 2/3 → 11475, B 1/3 → 5738 (largest remainder);
    // A by 70 : 50.25 → 6680, 4795; B by 1 : 2 → 1913, 3825. Household 2 earns from both lots.
    const shares = { 程桂兰: 6680, 王秀英: 4795 + 1913, 周德胜: 3825 }
    await eventually(async () => expect(await monthFen(coop.auth)).toEqual(shares))
    const { data: detail } = await api.get(`/vendors/me/ledger/households/${m2}?month=${month}`, coop.auth)
    expect(detail.household).toMatchObject({ member_id: m2, name: "王秀英", poor_household: true, month_fen: "6708", year_fen: "6708", month_status: "open" })
    const byLot = (a: any, b: any) => a.source.lot_code.localeCompare(b.source.lot_code)
    expect(detail.entries.sort(byLot).map((e: any) => [e.kind, e.amount_fen, e.source.lot_code, e.source.order_display_id, e.status])).toEqual([
      ["lot_sale", "4795", "LG-A", order.display_id, "open"],
      ["lot_sale", "1913", "LG-B", order.display_id, "open"],
    ])

    // The event delivered again posts nothing twice.
    await getContainer().resolve("event_bus").emit({ name: "lot.allocated", data: { order_id: order.id } })
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(await monthFen(coop.auth)).toEqual(shares)

    // The association refunds one pack (¥76.50) after the seller marked the order paid: the pool is now
    // 75 % of (165.00 − 12.00) = 11475; each share comes down by a reversal.
    await api.post(`/vendors/me/orders/${order.id}/mark-paid`, {}, coop.auth)
    const { data: paid } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: bought.order.id } })
    const paymentId = (paid[0] as any).payment_collections[0].payments[0].id
    await api.post(`/admin/payments/${paymentId}/refund`, { amount: 76.5 }, await adminHeaders(api))
    const refunded = { 程桂兰: 4453, 王秀英: 3197 + 1275, 周德胜: 2550 }
    await eventually(async () => expect(await monthFen(coop.auth)).toEqual(refunded))
    const reversals = (await api.get(`/vendors/me/ledger/households/${m1}?month=${month}`, coop.auth)).data.entries
    expect(reversals.map((e: any) => [e.kind, e.amount_fen])).toEqual([["lot_sale", "6680"], ["reversal", "-2227"]])

    // Reconciliation: the ledger's month is what the statement says is due to households under the rule.
    const { data: statement } = await api.get(`/vendors/me/statements/${month}`, coop.auth)
    const row = statement.statement.orders.find((o: any) => o.order_id === order.id)
    expect(row).toMatchObject({ gross: "241.50", refunds: "76.50", net: "165.00" })
    const due = Math.round(0.75 * (Math.round(Number(row.net) * 100) - 1200))
    const ledgerTotal = Object.values(await monthFen(coop.auth)).reduce((a, b) => a + b, 0)
    expect(ledgerTotal).toBe(due)
    // The month's totals, the registered-poor household (王秀英) counted apart.
    expect((await api.get(`/vendors/me/ledger/households?month=${month}`, coop.auth)).data.totals).toEqual({
      all: { households_with_income: 3, month_fen: String(due), year_fen: String(due) },
      poor: { households_with_income: 1, month_fen: "4472", year_fen: "4472" },
    })

    // The CSV for the cooperative's accounts: every entry, no ID number or phone, the month's total.
    const csv = await api.get(`/vendors/me/ledger/ledger.csv?month=${month}`, coop.auth)
    expect(csv.headers["content-type"]).toMatch(/text\/csv/)
    expect(csv.data).toContain("王秀英")
    expect(csv.data).toContain(`合计 Total,,,,,,,${(due / 100).toFixed(2)}`)
    expect(csv.data).not.toContain(MEMBER.phone)
    for (const id of ID_NUMBERS) expect(csv.data).not.toContain(id)

    // Monthly close: two at once close it once; again changes nothing; the figures are the month's.
    const closes = await Promise.all([0, 1].map(() => api.post("/vendors/me/ledger/close", { month }, coop.auth)))
    expect(closes.map((c) => c.data.closed).sort()).toEqual([false, true])
    expect(closes[0].data).toMatchObject({ month, total_fen: String(due) })
    expect((await api.post("/vendors/me/ledger/close", { month }, coop.auth)).data).toMatchObject({ closed: false, total_fen: String(due) })
    expect((await householdsOf(coop.auth)).map((h) => h.month_status)).toEqual(["closed", "closed", "closed"])

    // Marking paid: once; a month not closed is refused.
    const pay = { member_id: m1, month, reference: "农商行转账 0001" }
    expect((await api.post("/vendors/me/ledger/payments", pay, coop.auth)).data).toMatchObject({ changed: true, month_fen: "4453", month_status: "paid" })
    expect((await api.post("/vendors/me/ledger/payments", pay, coop.auth)).data).toMatchObject({ changed: false, month_status: "paid" })
    expect(await post("/vendors/me/ledger/payments", { ...pay, month: nextMonth(month) }, coop.auth)).toMatchObject({ status: 400, data: { message: expect.stringMatching(/month: .* is not closed yet/) } })

    // Lot B withdrawn after the close: its households' shares are reversed in the next open month.
    await api.post(`/vendors/me/lots/${lotB}/withdraw`, { reason: "霉变 mould found" }, coop.auth)
    await eventually(async () => expect(await monthFen(coop.auth, nextMonth(month))).toEqual({ 程桂兰: 0, 王秀英: -1275, 周德胜: -2550 }))
    expect(await monthFen(coop.auth)).toEqual(refunded)
    const sameYear = nextMonth(month).slice(0, 4) === month.slice(0, 4)
    expect((await householdsOf(coop.auth, nextMonth(month))).find((h) => h.member_id === m3)).toMatchObject({ year_fen: String(sameYear ? 0 : -2550) })

    // The household's printed statement: a PDF.
    const pdf = await api.get(`/vendors/me/ledger/households/${m1}/statement.pdf?month=${month}`, { ...coop.auth, responseType: "arraybuffer" })
    expect(pdf.headers["content-type"]).toBe("application/pdf")
    expect(Buffer.from(pdf.data).subarray(0, 5).toString()).toBe("%PDF-")

    // Isolation: another seller sees none of these households and cannot pay or read them.
    const other = await registerSeller(api, "ledger-other")
    expect((await householdsOf(other.auth)).map((h) => h.member_id)).toEqual([])
    expect((await get(`/vendors/me/ledger/households/${m1}`, other.auth)).status).toBe(404)
    expect((await get(`/vendors/me/ledger/households/${m1}/statement.pdf?month=${month}`, other.auth)).status).toBe(404)
    expect((await post("/vendors/me/ledger/payments", pay, other.auth)).status).toBe(404)
    expect((await get(`/vendors/me/ledger/households/${m1}`, {})).status).toBe(401)
  })

  it("pays an enterprise's households its contract price per kg when a lot is recorded, once", async () => {
    const firm = await registerProducer("ledger-firm", "enterprise", creditCode("91421123MA4A0LDF1"))
    const [m1, m2] = firm.members
    expect((await api.get("/vendors/me/ledger/rule", firm.auth)).data.rule).toBeNull()
    expect(await post("/vendors/me/ledger/rule", { kind: "surplus_return", rate: "0.8" }, firm.auth)).toMatchObject({ status: 400, data: { message: expect.stringMatching(/^kind: an? enterprise seller's payout rule is contract_price|kind: a enterprise/) } })
    expect(await post("/vendors/me/ledger/rule", { kind: "contract_price", price_per_kg_fen: 12.5 }, firm.auth)).toMatchObject({ status: 400, data: { message: expect.stringMatching(/price_per_kg_fen: must be a whole number of fen/) } })
    await api.post("/vendors/me/ledger/rule", { kind: "contract_price", price_per_kg_fen: 1280 }, firm.auth)

    const { data: listed } = await api.post("/vendors/me/products", LISTING, firm.auth)
    await recordLot(firm, listed.product.id, "LF-1", "2026-12-10", 30, [[m1, 12.5], [m2, 7.25]])
    // 12.5 kg × ¥12.80 = ¥160.00; 7.25 kg × ¥12.80 = ¥92.80.
    await eventually(async () => expect(await monthFen(firm.auth)).toEqual({ 程桂兰: 16000, 王秀英: 9280, 周德胜: 0 }))
    const { data } = await api.get(`/vendors/me/ledger/households/${m2}`, firm.auth)
    expect(data.entries.map((e: any) => [e.kind, e.amount_fen, e.source.type, e.source.lot_code])).toEqual([["contract_purchase", "9280", "lot", "LF-1"]])
  })

  it("answers bad input with 400 naming the field and the rule", async () => {
    const seller = await registerSeller(api, "ledger-checks")
    const cases: [Promise<any>, RegExp][] = [
      [post("/vendors/me/ledger/close", { month: "2026-13" }, seller.auth), /month: must be a month written YYYY-MM/],
      [post("/vendors/me/ledger/close", { month: "2026-12", extra: 1 }, seller.auth), /extra/],
      [post("/vendors/me/ledger/close", {}, seller.auth), /month/],
      [post("/vendors/me/ledger/close", { month: "2099-01" }, seller.auth), /month: 2099-01 has not begun yet/],
      [post("/vendors/me/ledger/payments", { member_id: "mem_1", month: "2026-12", reference: "x" }, seller.auth), /member_id: must be a member household's id/],
      [post("/vendors/me/ledger/payments", { member_id: "mem_01JZZZZZZZZZZZZZZZZZZZZZZZ", month: "2026-12", reference: "a\u0000b" }, seller.auth), /reference: must not contain control characters/],
      [post("/vendors/me/ledger/rule", { kind: "surplus_return", rate: 0.7 }, seller.auth), /rate/],
      [get("/vendors/me/ledger/households?month=abc", seller.auth), /month: must be a month/],
      [get("/vendors/me/ledger/households/not-a-member", seller.auth), /memberId: must be a member household's id/],
      [get("/vendors/me/ledger/ledger.csv", seller.auth), /month/],
    ]
    for (const [answer, message] of cases) expect(await answer).toMatchObject({ status: 400, data: { message: expect.stringMatching(message) } })
    // A household seller's own rule; paying an unknown household of its own is a 404.
    expect((await api.get("/vendors/me/ledger/rule", seller.auth)).data.rule).toEqual({ kind: "own_sales" })
    expect((await post("/vendors/me/ledger/payments", { member_id: "mem_01JZZZZZZZZZZZZZZZZZZZZZZZ", month: "2026-12", reference: "x" }, seller.auth)).status).toBe(404)
  })
}
