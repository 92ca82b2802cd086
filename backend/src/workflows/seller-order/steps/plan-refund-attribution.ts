import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { attributeCaptures, attributeRefunds } from "../../../modules/settlement/attribution"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import { recordedSharePayments, type SharePayment } from "./record-share-payment"

type Input = { payment_id: string; purchase_order_id: string | null }

/**
 * Reads (under the purchase's lock) the payment's captures and refunds and the money on the purchase's seller orders,
 * in the order their sales were recorded, and plans what to write: for captures no seller order holds, captures on
 * the seller orders; for each refund not yet attributed, a refund on each seller order it belongs to and a refund
 * entry, referenced by the refund's id, in that seller's settlement.
 */
export const planRefundAttributionStep = createStep("plan-refund-attribution", async (input: Input, { container }) => {
  const none = { payments: [] as SharePayment[], entries: [] as any[] }
  if (!input.purchase_order_id) return new StepResponse(none)
  const { data: payments } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payment",
    fields: ["id", "captures.id", "captures.raw_amount", "captures.created_at", "refunds.id", "refunds.raw_amount", "refunds.note", "refunds.created_at"],
    filters: { id: input.payment_id },
  })
  const withAmount = (rows: any[] | undefined) => (rows ?? []).map((row: any) => ({ ...row, amount: row.raw_amount }))
  const captures = withAmount((payments[0] as any)?.captures)
  const refunds = withAmount((payments[0] as any)?.refunds)
  const sales = await container
    .resolve<SettlementModuleService>(SETTLEMENT_MODULE)
    .listSettlementEntries({ purchase_order_id: input.purchase_order_id, kind: "sale" }, { order: { occurred_at: "ASC", order_id: "ASC" } })
  if (!captures.length || !sales.length) return new StepResponse(none)
  const recorded = await recordedSharePayments(container, sales.map((s) => s.order_id))
  const orders = sales.map((sale: any) => ({
    order_id: sale.order_id,
    seller_id: sale.seller_id,
    currency_code: sale.currency_code,
    total: sale.raw_amount,
    transactions: recorded.filter((t) => t.order_id === sale.order_id),
  }))
  const captured = attributeCaptures(captures, orders).map((a) => ({ kind: "capture" as const, ...a }))
  // Refunds are attributed against what each order was paid, captures just attributed included.
  for (const a of captured) orders.find((o) => o.order_id === a.order_id)!.transactions.push({ ...a, reference: a.kind })
  const plan = attributeRefunds(refunds, orders)
  return new StepResponse({
    payments: [
      ...captured,
      ...plan.map((a) => ({ kind: "refund" as const, order_id: a.order_id, amount: a.amount, currency_code: a.currency_code, reference_id: a.refund_id })),
    ] satisfies SharePayment[],
    entries: plan.map((a) => ({ order_id: a.order_id, seller_id: a.seller_id, amount: a.amount, currency_code: a.currency_code, reference: a.refund_id })),
  })
})
