import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { postOrderIncomesWorkflow } from "../workflows/ledger/post-order-incomes"

// A seller order's lines allocated to lots, or a refund of it: its households' entries follow (idempotent, so a
// re-delivered event posts nothing twice).
export default async function postOrderIncomes({ event, container }: SubscriberArgs<{ order_id: string }>) {
  await postOrderIncomesWorkflow(container).run({ input: { order_id: event.data.order_id } })
}

export const config: SubscriberConfig = { event: ["lot.allocated", "settlement.refunded"] }
