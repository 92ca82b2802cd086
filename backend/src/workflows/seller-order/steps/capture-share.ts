import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { MathBN } from "@medusajs/framework/utils"
import { transform, when, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { recordSharePayments, shareCaptureId } from "./record-share-payment"
import type { SellerShare } from "./seller-share"

/**
 * Within a workflow holding the purchase's lock: captures what is due of a seller order's share from the buyer's
 * payment and records it on the seller order (the one writer, record-share-payment.ts). Nothing when nothing is due.
 */
export function captureShareDue(share: WorkflowData<SellerShare>, due: WorkflowData<string> | string, captured_by: WorkflowData<string> | string) {
  when("capture-due-share", { due }, ({ due }) => MathBN.gt(due, 0)).then(() => {
    capturePaymentWorkflow.runAsStep({
      input: transform({ share, due, captured_by }, ({ share, due, captured_by }) => ({ payment_id: share.payment_id, amount: due, captured_by })),
    })
    recordSharePayments(
      transform({ share, due }, ({ share, due }) => [
        { kind: "capture" as const, order_id: share.order_id, amount: due, currency_code: share.currency_code, reference_id: shareCaptureId(share.order_id) },
      ]),
      "record-share-capture"
    )
  })
}
