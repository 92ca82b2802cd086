import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse, transform } from "@medusajs/framework/workflows-sdk"

const SHARE_FIELDS = [
  "id", "status", "total", "currency_code", "metadata",
  "transactions.amount", "transactions.reference",
  "fulfillments.id", "fulfillments.canceled_at",
]

type SellerOrder = {
  id: string
  status: string
  total: unknown
  currency_code: string
  metadata: Record<string, any> | null
  transactions?: { amount: unknown; reference: string }[]
}
type Purchase = { payment_collections?: { payments?: { id: string; canceled_at?: unknown }[] }[] }
type PaidPurchase = { total: unknown; payment_collections?: { payments?: { captures?: { amount: unknown }[] }[] }[] }

/**
 * Pure: a purchase captured in full at checkout (a card payment) pays every seller order's share at once, recorded as a
 * capture on each seller order, so that cancelling one later refunds exactly its share; otherwise nothing is paid yet.
 */
export function prepaidShares(purchase: PaidPurchase, orders: { id: string; total: unknown; currency_code: string }[]) {
  const captured = (purchase.payment_collections ?? [])
    .flatMap((c) => c.payments ?? [])
    .flatMap((p) => p.captures ?? [])
    .reduce((sum, c) => MathBN.add(sum, c.amount as any), MathBN.convert(0))
  if (MathBN.lt(captured, purchase.total as any)) return []
  return orders.map((order) => ({
    order_id: order.id,
    amount: MathBN.convert(order.total as any).toString(),
    currency_code: order.currency_code,
    reference: "capture",
    reference_id: `capture:${order.id}`,
  }))
}

/**
 * A seller order's share of the buyer's one payment: the payment it is drawn from, what was captured for the share and
 * what went back (the transactions recorded on the seller order), and paid = captured − refunded, in exact decimals.
 */
export const sellerShareStep = createStep("seller-share", async ({ order, purchase }: { order: SellerOrder; purchase: Purchase }) => {
  const payment = (purchase?.payment_collections ?? []).flatMap((c) => c.payments ?? []).find((p) => !p.canceled_at)
  if (!payment) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${order.id} has no payment to draw on`)
  }
  const amounts = (order.transactions ?? []).map((t) => MathBN.convert(t.amount as any))
  const captured = MathBN.sum(0, ...amounts.filter((amount) => MathBN.gt(amount, 0)))
  const refunded = MathBN.mult(MathBN.sum(0, ...amounts.filter((amount) => MathBN.lt(amount, 0))), -1)
  return new StepResponse({
    order_id: order.id,
    payment_id: payment.id,
    currency_code: order.currency_code,
    total: MathBN.convert(order.total as any).toString(),
    captured: captured.toString(),
    refunded: refunded.toString(),
    paid: MathBN.sub(captured, refunded).toString(),
    status: order.status,
  })
})

export type SellerShare = {
  order_id: string
  payment_id: string
  currency_code: string
  total: string
  captured: string
  refunded: string
  paid: string
  status: string
}

/** Within a workflow (under the purchase's lock): reads the seller order and its purchase's payment, and works out the share. */
export function sellerShareOf(input: { order_id: string; purchase_order_id: string }) {
  const { data: orders } = useQueryGraphStep({ entity: "order", fields: SHARE_FIELDS, filters: { id: input.order_id } })
  const { data: purchases } = useQueryGraphStep({
    entity: "order",
    fields: ["payment_collections.payments.id", "payment_collections.payments.canceled_at"],
    filters: { id: input.purchase_order_id },
  }).config({ name: "purchase-payment" })
  return sellerShareStep(transform({ orders, purchases }, ({ orders, purchases }) => ({ order: orders[0] as any, purchase: purchases[0] as any })))
}
