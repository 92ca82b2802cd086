import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SETTLEMENT_MODULE } from "../modules/settlement"
import type SettlementModuleService from "../modules/settlement/service"
import { confirmReceiptWorkflow } from "../workflows/settlement/payouts"

const DAY_MS = 24 * 60 * 60 * 1000
const CHUNK = 200

/**
 * Confirms receipt of every seller order shipped at least the association's number of days before `now` whose buyer has
 * not confirmed it (as Chinese marketplaces auto-confirm): its money becomes available unless held. Idempotent: an
 * order confirmed already is not looked at again. Returns the orders it confirmed.
 */
export async function confirmDueReceipts(container: MedusaContainer, now = new Date()) {
  const settlement = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
  const { release_after_days } = await settlement.payoutSettings()
  const cutoff = now.getTime() - release_after_days * DAY_MS
  const waiting = await settlement.ordersAwaitingReceipt()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const confirmed: string[] = []
  for (let i = 0; i < waiting.length; i += CHUNK) {
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "status", "fulfillments.shipped_at", "fulfillments.canceled_at"],
      filters: { id: waiting.slice(i, i + CHUNK) },
    })
    for (const order of orders as any[]) {
      if (order.status === "canceled") continue
      const shipped = (order.fulfillments ?? []).filter((f: any) => f?.shipped_at && !f.canceled_at)
      if (!shipped.length || Math.min(...shipped.map((f: any) => new Date(f.shipped_at).getTime())) > cutoff) continue
      try {
        await confirmReceiptWorkflow(container).run({ input: { order_id: order.id, source: "auto", confirmed_at: now } })
        confirmed.push(order.id)
      } catch (error) {
        // One order that cannot be confirmed now (its lock busy) waits for the next run; the others go on.
        container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Auto-confirmation of seller order ${order.id} failed: ${(error as Error).name}`)
      }
    }
  }
  return confirmed
}

export default async function autoConfirmReceipts(container: MedusaContainer) {
  const confirmed = await confirmDueReceipts(container)
  if (confirmed.length) container.resolve(ContainerRegistrationKeys.LOGGER).info(`Auto-confirmed receipt of ${confirmed.length} seller orders`)
}

// Every hour: an order becomes due at any time of day, and a run confirms each order once.
export const config = { name: "auto-confirm-receipts", schedule: "23 * * * *" }
