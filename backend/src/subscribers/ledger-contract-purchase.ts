import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { postContractPurchaseWorkflow } from "../workflows/ledger/post-contract-purchase"

// A lot recorded: an enterprise with a contract price buys its households' supply.
export default async function postContractPurchase({ event, container }: SubscriberArgs<{ id: string }>) {
  await postContractPurchaseWorkflow(container).run({ input: { lot_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "lot.created" }
