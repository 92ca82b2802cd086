import { MathBN } from "@medusajs/framework/utils"

type Amount = Parameters<typeof MathBN.convert>[0]

/** A refund of the buyer's one payment, whatever route made it. */
export type PaymentRefund = { id: string; amount: Amount; note?: string | null; created_at: Date | string }
/** A seller order of the purchase with the money recorded on it (captures positive, refunds negative). */
export type SellerOrderMoney = {
  order_id: string
  seller_id: string
  currency_code: string
  transactions: { amount: Amount; reference?: string | null; reference_id?: string | null }[]
}
export type Attribution = { refund_id: string; order_id: string; seller_id: string; currency_code: string; amount: string }
export type CaptureAttribution = { reference_id: string; order_id: string; currency_code: string; amount: string }

const positive = (order: SellerOrderMoney) => MathBN.sum(0, ...order.transactions.map((t) => MathBN.max(t.amount, 0)))

/**
 * What of the payment's captures no seller order holds (a capture made outside the sellers' mark-paid, e.g. the
 * association's POST /admin/payments/:id/capture), spread over the seller orders in the given order, each up to its
 * total less what was captured for it. Referenced by the newest capture's id, so the same excess is never written twice.
 */
export function attributeCaptures(
  captures: { id: string; amount: Amount; created_at: Date | string }[],
  orders: (SellerOrderMoney & { total: Amount })[]
): CaptureAttribution[] {
  let excess = MathBN.sub(MathBN.sum(0, ...captures.map((c) => MathBN.convert(c.amount))), MathBN.sum(0, ...orders.map(positive)))
  const newest = [...captures].sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime() || b.id.localeCompare(a.id))[0]
  const result: CaptureAttribution[] = []
  for (const order of orders) {
    const take = MathBN.min(excess, MathBN.sub(order.total, positive(order)))
    if (!MathBN.gt(take, 0)) continue
    result.push({ reference_id: newest.id, order_id: order.order_id, currency_code: order.currency_code, amount: take.toString() })
    excess = MathBN.sub(excess, take)
  }
  return result
}

const NOTE = /^Seller order (\S+) canceled$/

/** The note the cancel flow puts on its refund, so that the refund is attributed to the order that made it. */
export const cancelRefundNote = (orderId: string) => `Seller order ${orderId} canceled`

/**
 * Which seller orders each refund of the payment not yet attributed belongs to: the order its note names first, then
 * the purchase's seller orders in the given (fixed) order, each up to what was paid for it less what went back.
 * A refund is attributed when a seller order holds a refund transaction with its id (or, from before refunds were
 * attributed, the cancel flow's own "refund:<order id>"). Pure: the caller reads and writes under the purchase's lock.
 */
export function attributeRefunds(refunds: PaymentRefund[], orders: SellerOrderMoney[]): Attribution[] {
  const state = orders.map((order) => ({
    ...order,
    left: MathBN.sum(0, ...order.transactions.map((t) => MathBN.convert(t.amount))),
    known: new Set(order.transactions.filter((t) => MathBN.lt(t.amount, 0)).map((t) => t.reference_id)),
  }))
  const named = (refund: PaymentRefund) => state.find((order) => order.order_id === NOTE.exec(refund.note ?? "")?.[1])
  const attributed = (refund: PaymentRefund) =>
    state.some((order) => order.known.has(refund.id)) || !!named(refund)?.known.has(`refund:${named(refund)!.order_id}`)
  const result: Attribution[] = []
  const byAge = [...refunds].sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || a.id.localeCompare(b.id))
  for (const refund of byAge.filter((r) => !attributed(r))) {
    let rest = MathBN.convert(refund.amount)
    const first = named(refund)
    for (const order of first ? [first, ...state.filter((o) => o !== first)] : state) {
      const take = MathBN.min(rest, order.left)
      if (!MathBN.gt(take, 0)) continue
      result.push({ refund_id: refund.id, order_id: order.order_id, seller_id: order.seller_id, currency_code: order.currency_code, amount: take.toString() })
      order.left = MathBN.sub(order.left, take)
      rest = MathBN.sub(rest, take)
    }
  }
  return result
}
