import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { attributeRefunds } from "../../../lib/settlement/attribution"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"

type Input = { payment_id: string; purchase_order_id: string | null }

/**
 * Reads (under the purchase's lock) the payment's refunds and the money on the purchase's seller orders, in the order
 * their sales were recorded, and plans what each refund not yet attributed writes: a refund transaction on each seller
 * order it belongs to and a refund entry, referenced by the refund's id, in that seller's settlement.
 */
export const planRefundAttributionStep = createStep("plan-refund-attribution", async (input: Input, { container }) => {
  const none = { transactions: [] as any[], entries: [] as any[] }
  if (!input.purchase_order_id) return new StepResponse(none)
  const { data: payments } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payment",
    fields: ["id", "refunds.id", "refunds.raw_amount", "refunds.note", "refunds.created_at"],
    filters: { id: input.payment_id },
  })
  const refunds = ((payments[0] as any)?.refunds ?? []).map((r: any) => ({ ...r, amount: r.raw_amount }))
  const sales = await container
    .resolve<SettlementModuleService>(SETTLEMENT_MODULE)
    .listSettlementEntries({ purchase_order_id: input.purchase_order_id, kind: "sale" }, { order: { occurred_at: "ASC", order_id: "ASC" } })
  if (!refunds.length || !sales.length) return new StepResponse(none)
  const transactions = await container
    .resolve(Modules.ORDER)
    .listOrderTransactions({ order_id: sales.map((s) => s.order_id) }, { select: ["order_id", "amount", "raw_amount", "reference", "reference_id"] })
  const orders = sales.map((sale) => ({
    order_id: sale.order_id,
    seller_id: sale.seller_id,
    currency_code: sale.currency_code,
    transactions: transactions.filter((t) => t.order_id === sale.order_id).map((t: any) => ({ ...t, amount: t.raw_amount ?? t.amount })),
  }))
  const plan = attributeRefunds(refunds, orders)
  return new StepResponse({
    transactions: plan.map((a) => ({
      order_id: a.order_id,
      amount: MathBN.mult(a.amount, -1).toString(),
      currency_code: a.currency_code,
      reference: "refund",
      reference_id: a.refund_id,
    })),
    entries: plan.map((a) => ({ order_id: a.order_id, seller_id: a.seller_id, amount: a.amount, currency_code: a.currency_code, reference: a.refund_id })),
  })
})
