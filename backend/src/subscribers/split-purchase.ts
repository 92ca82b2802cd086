import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { splitPurchaseWorkflow } from "../workflows/seller-order/split-purchase"

// Seller orders carry metadata.purchase_order_id and are never purchases themselves.
export default async function splitPurchase({ event, container }: SubscriberArgs<{ id: string }>) {
  await splitPurchaseWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
