import type { SuiteContext } from "../support/boot"
import { recordSellerRefundWorkflow } from "../../../backend/src/workflows/settlement/record-seller-refund"
import { checkout } from "../support/checkout"
import { CHESTNUTS, listApproved, PORIA } from "../support/listings"
import { failure, registerSeller } from "../support/sellers"
import { adminHeaders, eventually, storeHeaders } from "../support/store"

// Whole fen, so that the expectations are exact integer arithmetic.
const fen = (amount: unknown) => Math.round(Number(amount) * 100)
const yuan = (fen: number) => (fen / 100).toFixed(2)
const feeOf = (grossFen: number) => Math.floor((grossFen * 5 + 50) / 100) // 5 %, half-up to the fen
const BEIJING = 8 * 3600_000
const beijingMonth = (at: string | number) => new Date(new Date(at).getTime() + BEIJING).toISOString().slice(0, 7)
const nextMonth = (month: string) => {
  const [y, m] = month.split("-").map(Number)
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`
}

/** RFC 4180 CSV, enough for our exports: quoted fields, doubled quotes, CRLF lines. */
function parseCsv(text: string) {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ""
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++
      else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ",") row.push(cell), (cell = "")
    else if (c === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), i++
    else cell += c
  }
  return rows
}

export default function statementsSuite({ api, getContainer }: SuiteContext) {
  let chen: { id: string; auth: any }
  let wang: { id: string; auth: any }
  let admin: any
  let purchaseId: string
  let chenOrder: any
  let wangOrder: any
  let month: string

  const csv = async (url: string, auth: object) => {
    const response = await api.get(url, { ...auth, responseType: "arraybuffer" })
    const bytes = Buffer.from(response.data)
    return { type: response.headers["content-type"], bytes, rows: parseCsv(bytes.toString("utf8").replace(/^\uFEFF/, "")) }
  }
  const refund = (input: object) => recordSellerRefundWorkflow(getContainer()).run({ input: { currency_code: "cny", ...input } as any })

  beforeAll(async () => {
    admin = await adminHeaders(api)
    chen = await registerSeller(api, "chen-statements")
    wang = await registerSeller(api, "wang-statements")
    const nuts = await listApproved(api, chen, CHESTNUTS)
    const poria = await listApproved(api, wang, PORIA)
    const completed = await checkout(api, await storeHeaders(getContainer()), [
      { variant_id: nuts.variants[0].id, quantity: 2 },
      { variant_id: poria.variants[0].id, quantity: 3 },
    ])
    expect(completed.type).toBe("order")
    purchaseId = completed.order.id
    const orderOf = (auth: object) =>
      eventually(async () => {
        const { orders } = (await api.get("/vendors/me/orders", auth)).data
        expect(orders).toHaveLength(1)
        return orders[0]
      })
    chenOrder = await orderOf(chen.auth)
    wangOrder = await orderOf(wang.auth)
    month = beijingMonth(chenOrder.created_at)
  })

  const statementOf = async (auth: object, m = month) => (await api.get(`/vendors/me/statements/${m}`, auth)).data.statement

  it("records each seller order's sale at the platform rate, exact to the fen", async () => {
    // The items: 2 × 70.00 for Chen, 3 × 42.50 for Wang. Gross is what the seller order totals (with its delivery,
    // once seller orders carry it), and the fee is 5 % of it, half-up.
    expect(fen(chenOrder.item_total)).toBe(14000)
    expect(fen(wangOrder.item_total)).toBe(12750)
    const statement = await eventually(async () => {
      const s = await statementOf(chen.auth)
      expect(s.orders).toHaveLength(1)
      return s
    })
    const gross = fen(chenOrder.total)
    expect(statement).toEqual({
      seller_id: chen.id,
      month,
      currency_code: "cny",
      fee_rate: "0.05",
      orders: [
        {
          order_id: chenOrder.id,
          display_id: chenOrder.display_id,
          placed_at: new Date(chenOrder.created_at).toISOString(),
          fee_rate: "0.05",
          gross: yuan(gross),
          fee: yuan(feeOf(gross)),
          refunds: "0.00",
          net: yuan(gross - feeOf(gross)),
        },
      ],
      totals: { gross: yuan(gross), fee: yuan(feeOf(gross)), refunds: "0.00", net: yuan(gross - feeOf(gross)) },
      // No partner point brought this purchase: no referral to pay.
      referrals: { lines: [], total: "0.00" },
    })

    const wangStatement = await statementOf(wang.auth)
    expect(wangStatement.orders.map((o: any) => o.order_id)).toEqual([wangOrder.id])
    expect(wangStatement.totals.gross).toBe(yuan(fen(wangOrder.total)))
    expect(wangStatement.totals.fee).toBe(yuan(feeOf(fen(wangOrder.total))))
  })

  it("takes refunds off the net and gives back their share of the fee, in the Beijing month they happen", async () => {
    const gross = fen(chenOrder.total)
    const { result: first } = await refund({ order_id: chenOrder.id, seller_id: chen.id, amount: "70.00", reference: "refund:one-bag" })
    expect(first).toMatchObject({ kind: "refund", amount: "70.00", fee: "3.50", fee_rate: "0.05", order_id: chenOrder.id })
    // The same refund recorded again is the same entry.
    const { result: again } = await refund({ order_id: chenOrder.id, seller_id: chen.id, amount: "70.00", reference: "refund:one-bag" })
    expect(again.id).toBe(first.id)

    // 16:00 UTC on the last day of this month is already next month in Beijing.
    const boundary = new Date(`${nextMonth(month)}-01T00:00:00+08:00`)
    expect(boundary.toISOString().slice(0, 7)).toBe(month)
    await refund({ order_id: chenOrder.id, seller_id: chen.id, amount: 33.33, reference: "refund:late", occurred_at: boundary })

    const fee = feeOf(gross) - 350
    const statement = await statementOf(chen.auth)
    expect(statement.orders).toHaveLength(1)
    expect(statement.totals).toEqual({ gross: yuan(gross), fee: yuan(fee), refunds: "70.00", net: yuan(gross - fee - 7000) })
    expect(statement.orders[0]).toMatchObject(statement.totals)

    // 33.33 × 5 % = 1.6665, given back half-up as 1.67.
    const later = await statementOf(chen.auth, nextMonth(month))
    expect(later.orders.map((o: any) => [o.order_id, o.gross, o.fee, o.refunds, o.net])).toEqual([[chenOrder.id, "0.00", "-1.67", "33.33", "-31.66"]])

    const { months } = (await api.get("/vendors/me/statements", chen.auth)).data
    expect(months).toEqual([
      { month: nextMonth(month), currency_code: "cny", order_count: 1, totals: later.totals },
      { month, currency_code: "cny", order_count: 1, totals: statement.totals },
    ])

    // Refunds never exceed the gross, and only the order's own seller can be refunded on it.
    // (A workflow rejects with its step's error as data, hence matching on the message.)
    const left = gross - 7000 - 3333
    await expect(refund({ order_id: chenOrder.id, seller_id: chen.id, amount: yuan(left + 1), reference: "refund:too-much" })).rejects.toMatchObject({ message: expect.stringMatching(/exceed/) })
    await expect(refund({ order_id: chenOrder.id, seller_id: wang.id, amount: "1.00", reference: "refund:wrong-seller" })).rejects.toMatchObject({ message: expect.stringMatching(/no sale/) })

    // A full refund gives back the whole fee: nothing left on Wang's order.
    const wangGross = yuan(fen(wangOrder.total))
    const { result: full } = await refund({ order_id: wangOrder.id, seller_id: wang.id, amount: wangGross, reference: "refund:cancel" })
    expect(full.fee).toBe(yuan(feeOf(fen(wangOrder.total))))
    expect((await statementOf(wang.auth)).totals).toEqual({ gross: wangGross, fee: "0.00", refunds: wangGross, net: "0.00" })
  })

  it("exports a seller's month as a CSV that Excel reads in Chinese, rows adding up to the totals", async () => {
    const statement = await statementOf(chen.auth)
    const { type, bytes, rows } = await csv(`/vendors/me/statements/${month}/csv`, chen.auth)
    expect(type).toBe("text/csv; charset=utf-8")
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    // A seller's export never names the buyer's purchase (the association's does).
    expect(rows[0]).toEqual([
      "订单号 Order no.",
      "订单ID Order ID",
      "下单时间(北京时间) Placed at (Beijing time)",
      "币种 Currency",
      "销售额 Gross",
      "平台服务费 Platform fee",
      "退款 Refunds",
      "结算净额 Net",
    ])
    const { gross, fee, refunds, net } = statement.totals
    const placed = new Date(new Date(chenOrder.created_at).getTime() + BEIJING).toISOString().slice(0, 16).replace("T", " ")
    expect(rows.slice(1)).toEqual([
      [String(chenOrder.display_id), chenOrder.id, placed, "CNY", gross, fee, refunds, net],
      ["合计 Total", "", "", "CNY", gross, fee, refunds, net],
    ])
    const wangRows = (await csv(`/vendors/me/statements/${month}/csv`, wang.auth)).rows
    expect(wangRows.flat()).not.toContain(chenOrder.id)
    expect(wangRows.slice(1).map((r) => r[1])).toEqual([wangOrder.id, ""])
  })

  it("shows the association every seller's month, with names, and exports it", async () => {
    const [chenStatement, wangStatement] = [await statementOf(chen.auth), await statementOf(wang.auth)]
    const { data } = await api.get(`/admin/statements?month=${month}`, admin)
    expect(data.statements.map((s: any) => [s.seller.name, s.seller_id, s.totals])).toEqual([
      ["chen-statements", chen.id, chenStatement.totals],
      ["wang-statements", wang.id, wangStatement.totals],
    ])
    // The association's statement names each order's purchase; the seller's own does not.
    expect(data.statements[0].orders).toEqual(chenStatement.orders.map((row: any) => ({ ...row, purchase_order_id: purchaseId })))
    const sum = (key: string) => yuan(fen(chenStatement.totals[key]) + fen(wangStatement.totals[key]))
    expect(data.totals).toEqual({ gross: sum("gross"), fee: sum("fee"), refunds: sum("refunds"), net: sum("net") })

    const one = (await api.get(`/admin/statements?month=${month}&seller_id=${wang.id}`, admin)).data
    expect(one.statements.map((s: any) => s.seller_id)).toEqual([wang.id])
    expect((await api.get(`/admin/statements?month=${month}&currency_code=USD`, admin)).data).toMatchObject({ statements: [], count: 0, totals: { gross: "0.00", net: "0.00" } })

    const { rows, bytes } = await csv(`/admin/statements/${month}/csv`, admin)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(rows[0].slice(0, 3)).toEqual(["商户 Seller", "商户ID Seller ID", "订单号 Order no."])
    expect(rows.slice(1).map((r) => [r[1], r[2], r[3], ...r.slice(7)])).toEqual([
      [chen.id, String(chenOrder.display_id), chenOrder.id, ...Object.values(chenStatement.totals)],
      [chen.id, "小计 Subtotal", "", ...Object.values(chenStatement.totals)],
      [wang.id, String(wangOrder.display_id), wangOrder.id, ...Object.values(wangStatement.totals)],
      [wang.id, "小计 Subtotal", "", ...Object.values(wangStatement.totals)],
      ["", "合计 Total", "", ...Object.values(data.totals)],
    ])
  })

  it("keeps each seller to its own statements and answers clear errors", async () => {
    const wangStatement = await statementOf(wang.auth)
    expect(wangStatement.seller_id).toBe(wang.id)
    expect(JSON.stringify(await api.get("/vendors/me/statements", wang.auth).then((r: any) => r.data))).not.toContain(chenOrder.id)
    expect((await failure(api.get(`/vendors/me/orders/${chenOrder.id}`, wang.auth))).status).toBe(404)
    // A seller cannot ask for another seller's statement.
    const other = await failure(api.get(`/vendors/me/statements/${month}?seller_id=${chen.id}`, wang.auth))
    expect(other.status).toBe(400)
    expect(other.data.message).toMatch(/seller_id/)
    expect((await failure(api.get(`/admin/statements?month=${month}&seller_id=sel_nobody`, admin))).status).toBe(404)

    for (const url of ["/vendors/me/statements", `/vendors/me/statements/${month}`, `/vendors/me/statements/${month}/csv`]) {
      expect((await failure(api.get(url))).status).toBe(401)
    }
    for (const url of [`/admin/statements?month=${month}`, `/admin/statements/${month}/csv`]) {
      expect((await failure(api.get(url))).status).toBe(401)
      expect((await failure(api.get(url, chen.auth))).status).toBe(401)
    }

    const bad = [
      [`/vendors/me/statements/2026-13`, chen.auth, /month/],
      [`/vendors/me/statements/abc`, chen.auth, /month/],
      [`/vendors/me/statements/abc/csv`, chen.auth, /month/],
      [`/vendors/me/statements/${month}?currency_code=yuan`, chen.auth, /currency_code/],
      [`/admin/statements?month=2026-13`, admin, /month/],
      [`/admin/statements`, admin, /month/],
      [`/admin/statements/abc/csv`, admin, /month/],
    ] as const
    for (const [url, auth, field] of bad) {
      const response = await failure(api.get(url, auth))
      expect([url, response.status, response.data.message]).toEqual([url, 400, expect.stringMatching(field)])
    }
  })
}
