import { acquireLockStep, completeCartWorkflow, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkPickupStationsStep, linkPickupStationsStep } from "../station/steps/pickup-stations"
import { attributePurchaseStep } from "../partner/steps/attribute-purchase"
import { recordReferralsStep } from "../settlement/steps/record-referrals"
import { attributeRefundsWorkflow } from "./attribute-refunds"
import { splitPurchase } from "./split-purchase"
import { lockPurchase, purchaseLockKey, unlockPurchase } from "./steps/purchase-lock"

// Medusa's own key for completing a cart, held across the split too: a double click, a second tab and Stripe's
// webhook (which completes the cart itself) wait their turn, and the one that comes second finds the split done.
const CART_LOCK = { timeout: 30, ttl: 120 }

/**
 * The buyer's checkout: Medusa completes the cart into the purchase, and the purchase is split into one order per
 * seller in the same run, or neither happens (a failed split compensates the cart's completion). Run again for the
 * same cart it answers the same purchase and splits nothing.
 */
export const completePurchaseWorkflow = createWorkflow("complete-purchase", (input: { cart_id: string }) => {
  acquireLockStep({ key: input.cart_id, ...CART_LOCK }).config({ name: "lock-cart" })
  checkPickupStationsStep(input.cart_id)
  const purchase = completeCartWorkflow.runAsStep({ input: { id: input.cart_id } })
  // Split already if the purchase module links it: the second of two completions finds it so.
  const { data: purchases } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "purchase.id", "payment_collections.payments.id"],
    filters: { id: purchase.id },
  }).config({ name: "placed-purchase" })
  // Under the purchase's lock, so that a refund made before the split is attributed here, once, not also by its event.
  const purchaseId = transform({ purchase }, ({ purchase }) => purchase.id)
  const key = transform({ purchaseId }, ({ purchaseId }) => purchaseLockKey(purchaseId))
  lockPurchase(key)
  when("split-once", { purchases }, ({ purchases }) => !(purchases[0] as any)?.purchase).then(() => {
    const created = splitPurchase(purchaseId)
    // The partner point whose QR the buyer scanned (tourism), for the purchase and each seller order, and its referral.
    const attributed = attributePurchaseStep(
      transform({ input, purchaseId, created }, ({ input, purchaseId, created }) => ({
        cart_id: input.cart_id,
        purchase_order_id: purchaseId,
        seller_order_ids: created.map((order) => order.order_id),
      }))
    )
    recordReferralsStep(attributed)
    // The station each seller order is picked up at, where the buyer chose pickup (village stations).
    linkPickupStationsStep(transform({ created }, ({ created }) => created.map((order) => order.order_id)))
  })
  const paymentId = transform({ purchases }, ({ purchases }) => (purchases[0] as any)?.payment_collections?.[0]?.payments?.[0]?.id as string | undefined)
  when("attribute-early-refunds", { paymentId }, ({ paymentId }) => !!paymentId).then(() => {
    attributeRefundsWorkflow.runAsStep({ input: { payment_id: paymentId as string } })
  })
  unlockPurchase(key)
  releaseLockStep({ key: input.cart_id }).config({ name: "unlock-cart" })
  return new WorkflowResponse(purchase)
})
