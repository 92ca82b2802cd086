import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { attributeRefundsWorkflow } from "../workflows/seller-order/attribute-refunds"

// A refund or capture made anywhere (the association's POST /admin/payments/:id/refund or /capture, a seller's cancel
// or mark-paid) reaches the seller orders it belongs to and their statements; the workflow records each once, however
// often this runs.
export default async function attributeRefunds({ event, container }: SubscriberArgs<{ id: string }>) {
  await attributeRefundsWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: ["payment.refunded", "payment.captured"] }
