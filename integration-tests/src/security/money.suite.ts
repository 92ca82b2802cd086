import type { SuiteContext } from "../support/boot"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SETTLEMENT_MODULE } from "../../../backend/src/modules/settlement"
import { checkout } from "../support/checkout"
import { CHESTNUTS, listApproved, PORIA, withStock } from "../support/listings"
import { registerSeller } from "../support/sellers"
import { adminHeaders, eventually, storeHeaders } from "../support/store"

// Money-moving seller actions raced with concurrent calls, and refunds made outside the sellers' flows. After each,
// the buyer's payment (captures and refunds in the DB), the seller orders' summaries and the sellers' statements agree.

/** Exact money in fen, so that sums are integer arithmetic. */
const fen = (amount: unknown) => Math.round(Number(amount) * 100)
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export default function moneySuite({ api, getContainer }: SuiteContext) {
  type Seller = Awaited<ReturnType<typeof registerSeller>>
  let chen: Seller
  let wang: Seller
  let nuts: any
  let poria: any
  let store: { headers: Record<string, string> }
  let admin: { headers: Record<string, string> }

  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
  const settlement = () => getContainer().resolve<any>(SETTLEMENT_MODULE)
  const sellerOf = (id: string) => (id === chen.id ? chen : wang)
  // Every answer, whether it failed or not: a race is judged on all its answers.
  const answer = (request: Promise<any>) => request.then((r) => r, (e) => e.response ?? Promise.reject(e))
  const post = (seller: Seller, orderId: string, action: string, body: object = {}) =>
    answer(api.post(`/vendors/me/orders/${orderId}/${action}`, body, seller.auth))
  const ship = { method: "station", station: "九资河镇服务站" }

  /** A purchase from both sellers paid at the station, once it is split: its id and each seller's order id. */
  async function purchase(nutsQty = 1, poriaQty = 1) {
    const completed = await checkout(api, store, [
      { variant_id: nuts.variants[0].id, quantity: nutsQty },
      { variant_id: poria.variants[0].id, quantity: poriaQty },
    ])
    expect(completed.type).toBe("order")
    const sales: any[] = await eventually(async () => {
      const found = await settlement().listSettlementEntries({ purchase_order_id: completed.order.id, kind: "sale" })
      expect(found).toHaveLength(2)
      return found
    })
    const orderOf = (seller: Seller) => sales.find((s) => s.seller_id === seller.id).order_id as string
    return { id: completed.order.id as string, total: fen(completed.order.total), chen: orderOf(chen), wang: orderOf(wang) }
  }

  /** The purchase's payment as the DB holds it. */
  async function paymentOf(purchaseId: string) {
    const { data } = await query().graph({
      entity: "order",
      fields: ["payment_collections.payments.id", "payment_collections.payments.captures.amount", "payment_collections.payments.refunds.id", "payment_collections.payments.refunds.amount"],
      filters: { id: purchaseId },
    })
    const payment = (data[0] as any).payment_collections[0].payments[0]
    return { id: payment.id as string, captures: payment.captures.map((c: any) => fen(c.amount)) as number[], refunds: payment.refunds.map((r: any) => fen(r.amount)) as number[], refundIds: payment.refunds.map((r: any) => r.id) as string[] }
  }

  /** A seller order as its seller sees it, and its rows in every month of the seller's statements. */
  async function sellerView(orderId: string, sellerId: string) {
    const seller = sellerOf(sellerId)
    const { data } = await api.get(`/vendors/me/orders/${orderId}`, seller.auth)
    const { months } = (await api.get("/vendors/me/statements", seller.auth)).data
    const rows: any[] = []
    for (const { month } of months) {
      const { statement } = (await api.get(`/vendors/me/statements/${month}`, seller.auth)).data
      rows.push(...statement.orders.filter((row: any) => row.order_id === orderId))
    }
    return {
      id: orderId,
      status: data.order.status as string,
      total: fen(data.order.total),
      paid: fen(data.order.summary.paid_total),
      refunded: fen(data.order.summary.refunded_total),
      fulfillments: data.order.fulfillments.length as number,
      gross: sum(rows.map((row) => fen(row.gross))),
      statementRefunds: sum(rows.map((row) => fen(row.refunds))),
    }
  }

  /** The payment, the seller orders' summaries and the statements of a purchase, checked against each other. */
  async function ledger(p: { id: string; chen: string; wang: string }) {
    const payment = await paymentOf(p.id)
    const orders = { chen: await sellerView(p.chen, chen.id), wang: await sellerView(p.wang, wang.id) }
    const both = [orders.chen, orders.wang]
    expect(sum(payment.captures)).toBe(sum(both.map((o) => o.paid)))
    expect(sum(payment.refunds)).toBe(sum(both.map((o) => o.refunded)))
    for (const o of both) {
      expect(o.gross).toBe(o.total)
      expect(o.paid).toBeLessThanOrEqual(o.total)
      expect(o.refunded).toBeLessThanOrEqual(o.paid)
      expect(o.statementRefunds).toBeGreaterThanOrEqual(o.refunded)
      expect(o.statementRefunds).toBeLessThanOrEqual(o.gross)
      if (o.status === "canceled") expect([o.statementRefunds, o.refunded]).toEqual([o.gross, o.paid])
    }
    return { payment, ...orders }
  }

  /** The refund entries of a purchase's seller orders in the settlement, as (order, reference, amount). */
  const refundEntries = async (p: { chen: string; wang: string }) =>
    (await settlement().listSettlementEntries({ order_id: [p.chen, p.wang], kind: "refund" }))
      .map((e: any) => [e.order_id, e.reference, fen(e.amount)])
      .sort()

  beforeAll(async () => {
    chen = await registerSeller(api, "chen-money")
    wang = await registerSeller(api, "wang-money")
    nuts = await listApproved(api, chen, withStock(CHESTNUTS, 200))
    poria = await listApproved(api, wang, withStock(PORIA, 200))
    store = await storeHeaders(getContainer())
    admin = await adminHeaders(api)
  })

  it("captures a seller's share once when mark-paid is sent five times at once, and each time answers the paid order", async () => {
    const p = await purchase(2, 3)
    const answers = await Promise.all(Array.from({ length: 5 }, () => post(chen, p.chen, "mark-paid")))
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200])
    // 2 × ¥70 + ¥12 delivery, once.
    expect(answers.map((a) => fen(a.data.order.summary.paid_total))).toEqual([15200, 15200, 15200, 15200, 15200])
    expect((await paymentOf(p.id)).captures).toEqual([15200])

    // The other seller's share is still there to capture, and a later click changes nothing.
    expect((await post(wang, p.wang, "mark-paid")).status).toBe(200)
    expect((await post(chen, p.chen, "mark-paid")).status).toBe(200)
    const { payment } = await ledger(p)
    expect(payment.captures.sort()).toEqual([13950, 15200])
    expect(sum(payment.captures)).toBe(p.total)
  })

  it("captures each share once when both sellers of one purchase mark paid at the same time, twice each", async () => {
    const p = await purchase(1, 2)
    const answers = await Promise.all([
      post(chen, p.chen, "mark-paid"),
      post(wang, p.wang, "mark-paid"),
      post(chen, p.chen, "mark-paid"),
      post(wang, p.wang, "mark-paid"),
    ])
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200])
    const { payment, chen: c, wang: w } = await ledger(p)
    expect(payment.captures.sort()).toEqual([8200, 9700])
    expect([c.paid, w.paid]).toEqual([8200, 9700])
  })

  it("refunds a paid share once when the seller cancels three times at once, and reverses the sale once", async () => {
    const p = await purchase(3, 1)
    expect((await post(chen, p.chen, "mark-paid")).status).toBe(200)
    const answers = await Promise.all([1, 2, 3].map(() => post(chen, p.chen, "cancel")))
    expect(answers.map((a) => [a.status, a.data.order?.status])).toEqual([[200, "canceled"], [200, "canceled"], [200, "canceled"]])
    const { payment, chen: c } = await ledger(p)
    // 3 × ¥70 + ¥12 went back once, and the statement shows it once.
    expect(payment.refunds).toEqual([22200])
    expect([c.paid, c.refunded, c.gross, c.statementRefunds]).toEqual([22200, 22200, 22200, 22200])
    expect(await refundEntries(p)).toEqual([[p.chen, payment.refundIds[0], 22200]])

    // Cancelling again later is the same canceled order; marking it paid is refused, and the refusal releases the
    // purchase's lock: the other seller's mark-paid goes through (a lock still held would make it fail to acquire).
    expect((await post(chen, p.chen, "cancel")).status).toBe(200)
    expect((await post(chen, p.chen, "mark-paid")).status).toBe(400)
    expect((await post(wang, p.wang, "mark-paid")).status).toBe(200)
    expect((await paymentOf(p.id)).refunds).toEqual([22200])
  })

  it("ships an order once when the seller sends its fulfilment three times at once", async () => {
    const p = await purchase(1, 1)
    const stocked = async () => {
      const { data } = await query().graph({ entity: "product_variant", fields: ["inventory_items.inventory.location_levels.*"], filters: { id: nuts.variants[0].id } })
      const level = (data[0] as any).inventory_items[0].inventory.location_levels[0]
      return [level.stocked_quantity, level.reserved_quantity]
    }
    const [before, reserved] = await stocked()
    const answers = await Promise.all([1, 2, 3].map(() => post(chen, p.chen, "fulfillments", ship)))
    expect(answers.map((a) => [a.status, a.data.order?.fulfillments?.length])).toEqual([[200, 1], [200, 1], [200, 1]])
    expect(await stocked()).toEqual([before - 1, reserved - 1])
    expect((await sellerView(p.chen, chen.id)).fulfillments).toBe(1)
    // Shipped orders are not cancelled.
    expect((await post(chen, p.chen, "cancel")).status).toBe(400)
  })

  it("keeps payment, summaries and statements in agreement when mark-paid races cancel", async () => {
    const p = await purchase(1, 1)
    const answers = await Promise.all([
      post(chen, p.chen, "mark-paid"),
      post(chen, p.chen, "cancel"),
      post(chen, p.chen, "mark-paid"),
      post(chen, p.chen, "cancel"),
      post(wang, p.wang, "mark-paid"),
    ])
    // Whichever came first, cancelling answers the canceled order; marking a canceled order paid is refused with a 400.
    expect([answers[1].status, answers[3].status, answers[4].status]).toEqual([200, 200, 200])
    for (const a of [answers[0], answers[2]]) expect([200, 400]).toContain(a.status)
    const { payment, chen: c, wang: w } = await ledger(p)
    expect(c.status).toBe("canceled")
    expect(c.paid).toBe(c.refunded)
    expect(sum(payment.captures) - sum(payment.refunds)).toBe(w.total)
    expect([c.gross, c.statementRefunds, w.statementRefunds]).toEqual([8200, 8200, 0])
  })

  it("puts an association's partial refund on the seller order it belongs to, once, and a later cancel refunds the rest", async () => {
    const p = await purchase(2, 2)
    await post(chen, p.chen, "mark-paid")
    await post(wang, p.wang, "mark-paid")
    const { data } = await api.post(`/admin/payments/${(await paymentOf(p.id)).id}/refund`, { amount: 10 }, admin)
    expect(data.payment.refunds.map((r: any) => fen(r.amount))).toEqual([1000])
    // The refund reaches exactly one seller order, its summary and its statement.
    const first = await eventually(async () => {
      const l = await ledger(p)
      expect(sum([l.chen.statementRefunds, l.wang.statementRefunds])).toBe(1000)
      return l
    })
    const refunded = first.chen.refunded ? first.chen : first.wang
    expect(refunded.refunded).toBe(1000)
    expect(await refundEntries(p)).toEqual([[refunded.id, first.payment.refundIds[0], 1000]])

    // Medusa's event delivered again, and handled twice at once, records nothing more.
    const payment = await paymentOf(p.id)
    await getContainer().resolve(Modules.EVENT_BUS).emit({ name: "payment.refunded", data: { id: payment.id } })
    const { default: onRefund } = await import("../../../backend/src/subscribers/attribute-refunds")
    const event = { event: { name: "payment.refunded", data: { id: payment.id } }, container: getContainer() } as any
    await Promise.all([onRefund(event), onRefund(event)])
    await sleep(2_000)
    expect(await refundEntries(p)).toEqual([[refunded.id, payment.refundIds[0], 1000]])

    // Its seller cancels: the rest of its share goes back, and its statement reverses the sale once.
    const seller = refunded.id === p.chen ? chen : wang
    const { status } = await post(seller, refunded.id, "cancel")
    expect(status).toBe(200)
    const after = await ledger(p)
    const canceled = refunded.id === p.chen ? after.chen : after.wang
    expect([canceled.refunded, canceled.statementRefunds]).toEqual([canceled.total, canceled.total])
    expect(sum(after.payment.refunds)).toBe(canceled.total)
  })

  it("puts the association's capture of a station payment on the seller orders, so that a cancel gives the share back", async () => {
    const p = await purchase(2, 1)
    await api.post(`/admin/payments/${(await paymentOf(p.id)).id}/capture`, {}, admin)
    await eventually(async () => {
      const l = await ledger(p)
      expect([l.chen.paid, l.wang.paid]).toEqual([l.chen.total, l.wang.total])
    })
    // Marking it paid finds nothing due; cancelling refunds the captured share.
    expect((await post(chen, p.chen, "mark-paid")).status).toBe(200)
    expect((await post(chen, p.chen, "cancel")).status).toBe(200)
    const after = await ledger(p)
    expect(after.payment.captures).toEqual([p.total])
    expect(after.payment.refunds).toEqual([after.chen.total])
    expect([after.chen.refunded, after.chen.statementRefunds]).toEqual([after.chen.total, after.chen.total])
  })

  it("spreads a refund of everything (empty body) over the purchase's seller orders, once each", async () => {
    const p = await purchase(1, 3)
    await post(chen, p.chen, "mark-paid")
    await post(wang, p.wang, "mark-paid")
    const payment = await paymentOf(p.id)
    await api.post(`/admin/payments/${payment.id}/refund`, {}, admin)
    const l = await eventually(async () => {
      const l = await ledger(p)
      expect([l.chen.statementRefunds, l.wang.statementRefunds]).toEqual([l.chen.total, l.wang.total])
      return l
    })
    expect(sum(l.payment.refunds)).toBe(p.total)
    expect([l.chen.refunded, l.wang.refunded]).toEqual([l.chen.total, l.wang.total])
    const [refundId] = l.payment.refundIds
    expect(await refundEntries(p)).toEqual([[p.chen, refundId, l.chen.total], [p.wang, refundId, l.wang.total]].sort())

    // Each seller may still cancel its fully refunded order: nothing more moves.
    expect((await post(chen, p.chen, "cancel")).status).toBe(200)
    const after = await ledger(p)
    expect(after.payment.refunds).toEqual(l.payment.refunds)
    expect([after.chen.statementRefunds, after.chen.refunded]).toEqual([after.chen.total, after.chen.total])
  })
}
