import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { LOT_MODULE } from "../modules/lot"
import type LotModuleService from "../modules/lot/service"
import { postOrderIncomesWorkflow } from "../workflows/ledger/post-order-incomes"

// A withdrawn lot's households are owed nothing of its sales: each order that shipped from it posts the reversals.
export default async function reverseWithdrawnLot({ event, container }: SubscriberArgs<{ id: string }>) {
  const allocations = await container.resolve<LotModuleService>(LOT_MODULE).listLotAllocations({ lot_id: event.data.id }, { select: ["order_id"] })
  for (const order_id of new Set(allocations.map((a) => a.order_id))) {
    await postOrderIncomesWorkflow(container).run({ input: { order_id } })
  }
}

export const config: SubscriberConfig = { event: "lot.withdrawn" }
