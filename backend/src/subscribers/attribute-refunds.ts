import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { attributeRefundsWorkflow } from "../workflows/seller-order/attribute-refunds"

// A refund made anywhere (the association's POST /admin/payments/:id/refund, a seller's cancel) reaches the seller
// orders it belongs to and their statements; the workflow records each refund once, however often this runs.
export default async function attributeRefunds({ event, container }: SubscriberArgs<{ id: string }>) {
  await attributeRefundsWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "payment.refunded" }
