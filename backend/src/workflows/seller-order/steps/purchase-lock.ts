import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

// The sellers of one purchase draw on its one payment, so every money-moving action on any of its seller orders (and
// the attribution of its refunds) runs under one lock per purchase: a double click and two sellers at once alike wait
// their turn, and each reads the money after it holds the lock. Long enough for a Stripe refund on a busy machine.
const LOCK = { timeout: 60, ttl: 120 }
export const purchaseLockKey = (purchaseId: string | null) => (purchaseId ? `purchase:${purchaseId}` : undefined)

/** The purchase (the buyer's order) a seller order is a share of. */
export const sellerOrderPurchaseStep = createStep("seller-order-purchase", async (orderId: string, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "share.purchase.order.id"],
    filters: { id: orderId },
  })
  const purchaseId = (data[0] as any)?.share?.purchase?.order?.id as string | undefined
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  if (!purchaseId) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${orderId} is not a seller order`)
  return new StepResponse({ purchase_order_id: purchaseId, key: purchaseLockKey(purchaseId)! })
})

/** The purchase a payment was made for, if any. */
export const paymentPurchaseStep = createStep("payment-purchase", async (paymentId: string, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payments } = await query.graph({ entity: "payment", fields: ["payment_collection_id"], filters: { id: paymentId } })
  const collection = (payments[0] as any)?.payment_collection_id
  const { data: links } = collection
    ? await query.graph({ entity: "order_payment_collection", fields: ["order_id"], filters: { payment_collection_id: collection } })
    : { data: [] as any[] }
  const purchaseId = ((links[0] as any)?.order_id as string | undefined) ?? null
  return new StepResponse({ purchase_order_id: purchaseId, key: purchaseLockKey(purchaseId) })
})

/** Within a workflow: takes the purchase's lock (released on failure by the step's compensation). Inside a workflow
 * run as a step of another, the outer workflow holds it already and this is skipped. */
export const lockPurchase = (key: string | undefined) => acquireLockStep({ key: key as string, ...LOCK })
export const unlockPurchase = (key: string | undefined) => releaseLockStep({ key: key as string })
