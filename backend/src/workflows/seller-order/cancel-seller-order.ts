import { cancelOrderWorkflow, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { MathBN } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelRefundNote } from "../../modules/settlement/attribution"
import { recordRefundStep } from "../settlement/steps/record-refund"
import { attributeRefundsWorkflow } from "./attribute-refunds"
import { lockPurchase, sellerOrderPurchaseStep, unlockPurchase } from "./steps/purchase-lock"
import { sellerShareOf } from "./steps/seller-share"

// A seller cancels an order it has not fulfilled: its reservations are freed, whatever the buyer paid for this share
// and did not get back yet flows back through the buyer's payment (Stripe refund, or cash returned at the station),
// and the sale is reversed in full in the seller's settlement, paid or not: the refund is attributed to this order
// (one entry per payment refund), and what was never paid is reversed as "refund:<order id>". Under the purchase's
// lock; cancelling a canceled order moves nothing.
export const cancelSellerOrderWorkflow = createWorkflow(
  "cancel-seller-order",
  (input: { order_id: string; seller_id: string; canceled_by: string }) => {
    const purchase = sellerOrderPurchaseStep(input.order_id)
    lockPurchase(purchase.key)
    const share = sellerShareOf({ order_id: input.order_id, purchase_order_id: purchase.purchase_order_id })
    const open = transform({ share }, ({ share }) => share.status !== "canceled")
    when("cancel-open-order", { open }, ({ open }) => open).then(() => {
      cancelOrderWorkflow.runAsStep({ input: { order_id: input.order_id, canceled_by: input.canceled_by } })
    })
    when("refund-paid-share", { open, share }, ({ open, share }) => open && MathBN.gt(share.paid, 0)).then(() => {
      refundPaymentWorkflow.runAsStep({
        input: transform({ share, input }, ({ share, input }) => ({
          payment_id: share.payment_id,
          amount: share.paid,
          created_by: input.canceled_by,
          note: cancelRefundNote(share.order_id),
        })),
      })
    })
    attributeRefundsWorkflow.runAsStep({ input: { payment_id: share.payment_id } })
    when("reverse-sale", { open }, ({ open }) => open).then(() => {
      recordRefundStep(
        transform({ share, input }, ({ share, input }) => ({
          order_id: share.order_id,
          seller_id: input.seller_id,
          amount: "rest" as const,
          currency_code: share.currency_code,
          reference: `refund:${share.order_id}`,
        }))
      )
    })
    unlockPurchase(purchase.key)
    return new WorkflowResponse(share)
  }
)
