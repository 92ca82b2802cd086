import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordRefundsStep } from "../settlement/steps/record-refund"
import { planRefundAttributionStep } from "./steps/plan-refund-attribution"
import { lockPurchase, paymentPurchaseStep, unlockPurchase } from "./steps/purchase-lock"
import { recordSharePayments } from "./steps/record-share-payment"

// Any refund of a purchase's payment, whatever route made it (a seller's cancel, the association's refund), is put on
// the seller order(s) it belongs to and in their sellers' statements, once: run again (the event delivered twice, the
// cancel flow having run it already) it finds nothing new. Captures made outside the sellers' mark-paid (the
// association's) are put on the seller orders likewise, so that a later cancel refunds them. Under the purchase's
// lock, like the sellers' actions.
export const attributeRefundsWorkflow = createWorkflow("attribute-payment-refunds", (input: { payment_id: string }) => {
  const purchase = paymentPurchaseStep(input.payment_id)
  lockPurchase(purchase.key)
  const plan = planRefundAttributionStep({ payment_id: input.payment_id, purchase_order_id: purchase.purchase_order_id })
  recordSharePayments(plan.payments, "record-attributed-payments")
  const recorded = recordRefundsStep(plan.entries)
  unlockPurchase(purchase.key)
  // What a refund takes from an order it takes from its households' shares too (the ledger's subscriber).
  when("refunds-recorded", { recorded }, ({ recorded }) => recorded.length > 0).then(() => {
    emitEventStep({
      eventName: "settlement.refunded",
      data: transform({ plan }, ({ plan }) => [...new Set(plan.entries.map((e: any) => e.order_id as string))].map((order_id) => ({ order_id }))),
    })
  })
  return new WorkflowResponse(plan)
})
