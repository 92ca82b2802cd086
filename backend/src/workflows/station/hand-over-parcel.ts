import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PickupProof } from "../../modules/station/rules"
import { captureShareDue } from "../seller-order/steps/capture-share"
import { confirmReceiptStep } from "../settlement/steps/payouts"
import { lockPurchase, sellerOrderPurchaseStep, unlockPurchase } from "../seller-order/steps/purchase-lock"
import { sellerShareOf } from "../seller-order/steps/seller-share"
import { checkCashStep, checkPickupProofStep, collectParcelStep, parcelOrderStep } from "./steps/hand-over"

type Input = { parcel_id: string; station_id: string; user_id: string; proof: PickupProof; cash_received?: string }

/**
 * The station hands a parcel over to the buyer who proves it is theirs (the pickup code, or the phone's last four
 * digits and an ID check). Where the buyer pays at the station, the cash taken must be exactly the share's due, and
 * it captures that seller order's share of the buyer's payment. Under the purchase's lock, like every money action:
 * of concurrent hand-overs one collects and captures, the others find the parcel collected and move nothing. The
 * buyer then has the goods: the seller order's money becomes available to the seller (unless held), once.
 */
export const handOverParcelWorkflow = createWorkflow("hand-over-station-parcel", (input: Input) => {
  const orderId = parcelOrderStep(input)
  const purchase = sellerOrderPurchaseStep(orderId)
  lockPurchase(purchase.key)
  const { data: orders } = useQueryGraphStep({ entity: "order", fields: ["shipping_address.phone"], filters: { id: orderId } }).config({ name: "parcel-order-phone" })
  const { collected } = checkPickupProofStep(transform({ input, orders, purchase }, ({ input, orders, purchase }) => ({ ...input, orders: orders as any[], purchase_order_id: purchase.purchase_order_id })))
  const share = sellerShareOf({ order_id: orderId, purchase_order_id: purchase.purchase_order_id })
  const { data: purchases } = useQueryGraphStep({
    entity: "order",
    fields: ["payment_collections.payments.provider_id", "payment_collections.payments.canceled_at"],
    filters: { id: purchase.purchase_order_id },
  }).config({ name: "purchase-provider" })
  const { due } = checkCashStep(transform({ share, purchases, input, collected }, ({ share, purchases, input, collected }) => ({ share, purchases, cash_received: input.cash_received, collected })))
  when("collect-parcel", { collected }, ({ collected }) => !collected).then(() => {
    collectParcelStep(transform({ input, due, share }, ({ input, due, share }) => ({ ...input, due, currency_code: share.currency_code })))
  })
  captureShareDue(share, due, input.user_id)
  unlockPurchase(purchase.key)
  confirmReceiptStep(transform({ orderId }, ({ orderId }) => ({ order_id: orderId, source: "station" as const })))
  return new WorkflowResponse({ order_id: orderId })
})
