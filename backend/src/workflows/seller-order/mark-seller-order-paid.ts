import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { captureShareDue } from "./steps/capture-share"
import { lockPurchase, sellerOrderPurchaseStep, unlockPurchase } from "./steps/purchase-lock"
import { SellerShare, sellerShareOf } from "./steps/seller-share"

const validateNotCanceledStep = createStep("validate-seller-order-not-canceled", async (share: SellerShare) => {
  if (share.status === "canceled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${share.order_id} is canceled`)
})

// An order the buyer picks up at a station is paid there: the station's hand-over captures it, never the seller.
const refuseStationCashStep = createStep("refuse-station-cash", async (orders: { station?: { code: string } | null }[]) => {
  const station = orders[0]?.station
  if (station) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `mark-paid: this order is picked up at station ${station.code}, which records the buyer's payment when it hands the parcel over`
    )
  }
})

// Pay at the village station / cash on delivery: when the seller has the money, the seller order's share of the
// buyer's payment is captured, and the seller order records it as paid. Under the purchase's lock, and only what was
// never captured: marking a paid order paid again (a double click, a retry) moves nothing.
export const markSellerOrderPaidWorkflow = createWorkflow(
  "mark-seller-order-paid",
  (input: { order_id: string; captured_by: string }) => {
    const { data: pickup } = useQueryGraphStep({ entity: "order", fields: ["station.code"], filters: { id: input.order_id } }).config({ name: "pickup-station" })
    refuseStationCashStep(pickup)
    const purchase = sellerOrderPurchaseStep(input.order_id)
    lockPurchase(purchase.key)
    const share = sellerShareOf({ order_id: input.order_id, purchase_order_id: purchase.purchase_order_id })
    validateNotCanceledStep(share)
    const due = transform({ share }, ({ share }) => MathBN.sub(share.total, share.captured).toString())
    captureShareDue(share, due, input.captured_by)
    unlockPurchase(purchase.key)
    return new WorkflowResponse(share)
  }
)
