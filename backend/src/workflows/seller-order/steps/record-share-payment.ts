import { addOrderTransactionStep } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN, Modules } from "@medusajs/framework/utils"
import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"

type Amount = Parameters<typeof MathBN.convert>[0]

/**
 * Money of the buyer's one payment put on one seller order: a capture paid for its share, or a refund that went back
 * from it (amount positive either way). Kept as Medusa's order transactions on the seller order, captures positive and
 * refunds negative, so that the order's own summary (paid_total, refunded_total) tells its payment state.
 */
export type SharePayment = {
  kind: "capture" | "refund"
  order_id: string
  currency_code: string
  amount: Amount
  // What moved the money: "capture:<order id>" for the share's own capture, else the payment's capture or refund id.
  reference_id: string
}

/** The reference of a seller order's own capture: paid at checkout, or marked paid by its seller. */
export const shareCaptureId = (orderId: string) => `capture:${orderId}`

/** The order transaction a payment is kept as. */
export const shareTransaction = ({ kind, order_id, currency_code, amount, reference_id }: SharePayment) => ({
  order_id,
  currency_code,
  amount: (kind === "refund" ? MathBN.mult(amount, -1) : MathBN.convert(amount)).toString(),
  reference: kind,
  reference_id,
})

/**
 * Within a workflow, the one writer of seller orders' payment state: records the payments with Medusa's
 * addOrderTransactionStep (undone if the workflow fails). One already recorded (same order, kind and reference) is
 * not recorded again. `name` tells the step apart when a workflow records twice.
 */
export function recordSharePayments(payments: WorkflowData<SharePayment[]> | SharePayment[], name = "record-share-payments") {
  const transactions = transform({ payments }, ({ payments }) => payments.map(shareTransaction))
  return addOrderTransactionStep(transactions).config({ name })
}

export type RecordedPayment = { order_id: string; amount: Amount; reference?: string | null; reference_id?: string | null }

/** The one reader: the payments recorded on seller orders (signed, exact: captures positive, refunds negative). */
export async function recordedSharePayments(container: MedusaContainer, orderIds: string[]): Promise<RecordedPayment[]> {
  if (!orderIds.length) return []
  const rows = await container
    .resolve(Modules.ORDER)
    .listOrderTransactions({ order_id: orderIds }, { select: ["order_id", "amount", "raw_amount", "reference", "reference_id"] })
  return rows.map((row: any) => ({
    order_id: row.order_id,
    amount: row.raw_amount ?? row.amount,
    reference: row.reference,
    reference_id: row.reference_id,
  }))
}

/** Pure: what a seller order's recorded payments come to; paid = captured − refunded, in exact decimals. */
export function paymentState(payments: Pick<RecordedPayment, "amount">[]) {
  const amounts = payments.map((payment) => MathBN.convert(payment.amount))
  const captured = MathBN.sum(0, ...amounts.filter((amount) => MathBN.gt(amount, 0)))
  const refunded = MathBN.mult(MathBN.sum(0, ...amounts.filter((amount) => MathBN.lt(amount, 0))), -1)
  return { captured: captured.toString(), refunded: refunded.toString(), paid: MathBN.sub(captured, refunded).toString() }
}
