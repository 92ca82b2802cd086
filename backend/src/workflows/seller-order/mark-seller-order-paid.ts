import { addOrderTransactionStep, capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SellerShare, sellerShareOf } from "./steps/seller-share"

const validateUnpaidStep = createStep("validate-seller-order-unpaid", async (share: SellerShare) => {
  if (share.status === "canceled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${share.order_id} is canceled`)
  if (MathBN.gte(share.paid, share.total)) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${share.order_id} is already paid`)
})

// Pay at the village station / cash on delivery: when the seller (or station) has the money, the seller
// order's share of the buyer's payment is captured, and the seller order records it as paid.
export const markSellerOrderPaidWorkflow = createWorkflow(
  "mark-seller-order-paid",
  (input: { order_id: string; purchase_order_id: string; captured_by: string }) => {
    const share = sellerShareOf(input)
    validateUnpaidStep(share)
    const due = transform({ share }, ({ share }) => MathBN.sub(share.total, share.paid).toString())
    capturePaymentWorkflow.runAsStep({
      input: transform({ share, due, input }, ({ share, due, input }) => ({ payment_id: share.payment_id, amount: due, captured_by: input.captured_by })),
    })
    addOrderTransactionStep(
      transform({ share, due }, ({ share, due }) => ({
        order_id: share.order_id,
        amount: due,
        currency_code: share.currency_code,
        reference: "capture",
        reference_id: `capture:${share.order_id}`,
      }))
    )
    return new WorkflowResponse(share)
  }
)
