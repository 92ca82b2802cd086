import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse, transform } from "@medusajs/framework/workflows-sdk"
import { paymentState, recordedSharePayments, shareCaptureId, type SharePayment } from "./record-share-payment"

const SHARE_FIELDS = [
  "id", "status", "total", "currency_code", "metadata",
  "fulfillments.id", "fulfillments.canceled_at",
]

type SellerOrder = {
  id: string
  status: string
  total: unknown
  currency_code: string
  metadata: Record<string, any> | null
}
type Purchase = { payment_collections?: { payments?: { id: string; canceled_at?: unknown }[] }[] }
type PaidPurchase = { total: unknown; payment_collections?: { payments?: { captures?: { amount: unknown }[] }[] }[] }

/**
 * Pure: a purchase captured in full at checkout (a card payment) pays every seller order's share at once, recorded as a
 * capture on each seller order, so that cancelling one later refunds exactly its share; otherwise nothing is paid yet.
 */
export function prepaidShares(purchase: PaidPurchase, orders: { id: string; total: unknown; currency_code: string }[]): SharePayment[] {
  const captured = (purchase.payment_collections ?? [])
    .flatMap((c) => c.payments ?? [])
    .flatMap((p) => p.captures ?? [])
    .reduce((sum, c) => MathBN.add(sum, c.amount as any), MathBN.convert(0))
  if (MathBN.lt(captured, purchase.total as any)) return []
  return orders.map((order) => ({
    kind: "capture" as const,
    order_id: order.id,
    amount: MathBN.convert(order.total as any).toString(),
    currency_code: order.currency_code,
    reference_id: shareCaptureId(order.id),
  }))
}

/**
 * A seller order's share of the buyer's one payment: the payment it is drawn from, what was captured for the share and
 * what went back (the payments recorded on the seller order, see record-share-payment.ts), and paid = captured − refunded.
 */
export const sellerShareStep = createStep("seller-share", async ({ order, purchase }: { order: SellerOrder; purchase: Purchase }, { container }) => {
  const payment = (purchase?.payment_collections ?? []).flatMap((c) => c.payments ?? []).find((p) => !p.canceled_at)
  if (!payment) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${order.id} has no payment to draw on`)
  }
  const { captured, refunded, paid } = paymentState(await recordedSharePayments(container, [order.id]))
  return new StepResponse({
    order_id: order.id,
    payment_id: payment.id,
    currency_code: order.currency_code,
    total: MathBN.convert(order.total as any).toString(),
    captured,
    refunded,
    paid,
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
