import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { lockPurchase, sellerOrderPurchaseStep, unlockPurchase } from "./steps/purchase-lock"
import { recordSharePayments, shareCaptureId } from "./steps/record-share-payment"
import { SellerShare, sellerShareOf } from "./steps/seller-share"

const validateNotCanceledStep = createStep("validate-seller-order-not-canceled", async (share: SellerShare) => {
  if (share.status === "canceled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${share.order_id} is canceled`)
})

// Pay at the village station / cash on delivery: when the seller (or station) has the money, the seller order's share
// of the buyer's payment is captured, and the seller order records it as paid. Under the purchase's lock, and only
// what was never captured: marking a paid order paid again (a double click, a retry) moves nothing.
export const markSellerOrderPaidWorkflow = createWorkflow(
  "mark-seller-order-paid",
  (input: { order_id: string; captured_by: string }) => {
    const purchase = sellerOrderPurchaseStep(input.order_id)
    lockPurchase(purchase.key)
    const share = sellerShareOf({ order_id: input.order_id, purchase_order_id: purchase.purchase_order_id })
    validateNotCanceledStep(share)
    const due = transform({ share }, ({ share }) => MathBN.sub(share.total, share.captured).toString())
    when("capture-due-share", { due }, ({ due }) => MathBN.gt(due, 0)).then(() => {
      capturePaymentWorkflow.runAsStep({
        input: transform({ share, due, input }, ({ share, due, input }) => ({ payment_id: share.payment_id, amount: due, captured_by: input.captured_by })),
      })
      recordSharePayments(
        transform({ share, due }, ({ share, due }) => [
          { kind: "capture" as const, order_id: share.order_id, amount: due, currency_code: share.currency_code, reference_id: shareCaptureId(share.order_id) },
        ]),
        "record-share-capture"
      )
    })
    unlockPurchase(purchase.key)
    return new WorkflowResponse(share)
  }
)
