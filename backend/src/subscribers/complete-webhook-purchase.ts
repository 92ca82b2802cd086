import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { completePurchaseWorkflow } from "../workflows/seller-order/complete-purchase"

// The store's checkout splits the purchase as it completes the cart. Stripe's webhook for a buyer who never came back
// (Alipay) has Medusa complete the cart by itself: this completes that purchase the same way, once.
export default async function completeWebhookPurchase({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields: ["purchase.id", "cart.id"], filters: { id: event.data.id } })
  if (!order?.cart || (order as any).purchase) return
  await completePurchaseWorkflow(container).run({ input: { cart_id: order.cart.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
