import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PURCHASE_MODULE } from "../../../modules/purchase"
import type PurchaseModuleService from "../../../modules/purchase/service"

type Input = { purchase_order_id: string; seller_orders: { order_id: string }[] }
export type RecordedPurchase = { purchase_order_id: string; purchase_id: string; shares: { share_id: string; order_id: string }[] }

// The purchase and one share per seller order, in the purchase module; the workflow links them to Medusa's orders.
export const recordPurchaseStep = createStep(
  "record-purchase",
  async ({ purchase_order_id, seller_orders }: Input, { container }) => {
    const purchases = container.resolve<PurchaseModuleService>(PURCHASE_MODULE)
    const purchase = await purchases.createPurchases({})
    const shares = await purchases.createShares(seller_orders.map(() => ({ purchase_id: purchase.id })))
    const recorded: RecordedPurchase = {
      purchase_order_id,
      purchase_id: purchase.id,
      shares: shares.map((share, i) => ({ share_id: share.id, order_id: seller_orders[i].order_id })),
    }
    return new StepResponse(recorded, purchase.id)
  },
  async (purchaseId, { container }) => {
    if (!purchaseId) return
    const purchases = container.resolve<PurchaseModuleService>(PURCHASE_MODULE)
    const shares = await purchases.listShares({ purchase_id: purchaseId }, { select: ["id"] })
    await purchases.deleteShares(shares.map((share) => share.id))
    await purchases.deletePurchases(purchaseId)
  }
)
