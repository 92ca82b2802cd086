import { addOrderTransactionStep, cancelOrderWorkflow, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { MathBN } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordRefundStep } from "../settlement/steps/record-refund"
import { sellerShareOf } from "./steps/seller-share"

// A seller cancels an order it has not fulfilled: its reservations are freed, whatever the buyer paid for
// this share flows back through the buyer's payment (Stripe refund, or cash returned at the station), and
// the sale is reversed in full in the seller's settlement, paid or not.
export const cancelSellerOrderWorkflow = createWorkflow(
  "cancel-seller-order",
  (input: { order_id: string; seller_id: string; purchase_order_id: string; canceled_by: string }) => {
    const share = sellerShareOf(input)
    cancelOrderWorkflow.runAsStep({ input: { order_id: input.order_id, canceled_by: input.canceled_by } })
    recordRefundStep(
      transform({ share, input }, ({ share, input }) => ({
        order_id: share.order_id,
        seller_id: input.seller_id,
        amount: share.total,
        currency_code: share.currency_code,
        reference: `refund:${share.order_id}`,
      }))
    )
    when(share, (share) => MathBN.gt(share.paid, 0)).then(() => {
      addOrderTransactionStep(
        transform({ share }, ({ share }) => ({
          order_id: share.order_id,
          amount: MathBN.mult(share.paid, -1).toString(),
          currency_code: share.currency_code,
          reference: "refund",
          reference_id: `refund:${share.order_id}`,
        }))
      )
      refundPaymentWorkflow.runAsStep({
        input: transform({ share, input }, ({ share, input }) => ({
          payment_id: share.payment_id,
          amount: share.paid,
          created_by: input.canceled_by,
          note: `Seller order ${share.order_id} canceled`,
        })),
      })
    })
    return new WorkflowResponse(share)
  }
)
