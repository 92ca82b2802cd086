import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { SETTLEMENT_MODULE } from "../modules/settlement"
import type SettlementModuleService from "../modules/settlement/service"
import { itemView } from "../modules/settlement/payout"
import { settlePayoutItemWorkflow } from "../workflows/settlement/payouts"

// The settlement module answers payouts by seller and order id; sellers' names and orders' numbers are other modules',
// added here through query.graph.

export const settlementOf = (scope: MedusaContainer) => scope.resolve<SettlementModuleService>(SETTLEMENT_MODULE)

async function byId(scope: MedusaContainer, entity: string, fields: string[], ids: string[]) {
  if (!ids.length) return new Map<string, any>()
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity, fields, filters: { id: [...new Set(ids)] } })
  return new Map(data.map((row: any) => [row.id, row]))
}

export const sellersById = (scope: MedusaContainer, ids: string[]) => byId(scope, "seller", ["id", "handle", "name", "name_en"], ids)

/** The orders a payout paid, with their display numbers. */
export async function payoutOrders(scope: MedusaContainer, item_id: string) {
  const orders = await settlementOf(scope).payoutItemOrders(item_id)
  const numbers = await byId(scope, "order", ["id", "display_id"], orders.map((o) => o.order_id))
  return orders.map((o) => ({ ...o, display_id: numbers.get(o.order_id)?.display_id ?? null }))
}

/** A seller's balance in a currency; zeros when nothing moved yet. */
export async function sellerBalance(scope: MedusaContainer, seller_id: string, currency_code = "cny") {
  const [balance] = await settlementOf(scope).balances({ seller_id, currency_code })
  const zero = "0.00"
  const { seller_id: _, ...rest } = balance ?? { seller_id, currency_code, pending: zero, available: zero, paid_out: zero, total: zero, on_hold: zero, in_transfer: zero }
  return rest
}

/** One of the seller's own payout items; another seller's, or none, is a 404. */
export async function ownPayout(scope: MedusaContainer, seller_id: string, id: string) {
  const [item] = await settlementOf(scope).listPayoutItems({ id, seller_id }, { relations: ["batch"] })
  if (!item) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout with id: ${id} was not found`)
  return item as any
}

/** The admin user who acts. */
export const actorOf = (req: AuthenticatedMedusaRequest) => req.auth_context.actor_id

/** A payout as its seller sees it: without the seller's id (its own) or who in the association made the batch. */
export const sellerPayout = (item: any) => {
  const { seller_id: _, ...payout } = itemView(item, item.batch)
  return payout
}

/** A batch with its items, each naming its seller. */
export async function namedBatch(scope: MedusaContainer, id: string) {
  const batch = await settlementOf(scope).payoutBatch(id)
  const sellers = await sellersById(scope, batch.items.map((item) => item.seller_id))
  return { ...batch, items: batch.items.map((item) => ({ ...item, seller: sellers.get(item.seller_id) ?? null })) }
}

type Outcome = { outcome: "paid"; bank_reference: string } | { outcome: "failed"; reason: string }

/** Marks an item of the batch in the path paid or failed; an item of another batch is a 404. */
export async function settleItem(req: AuthenticatedMedusaRequest<any>, outcome: Outcome) {
  const { id, item_id } = req.params
  const [item] = await settlementOf(req.scope).listPayoutItems({ id: item_id, batch_id: id }, { select: ["id"] })
  if (!item) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout item with id: ${item_id} was not found in batch ${id}`)
  const { result } = await settlePayoutItemWorkflow(req.scope).run({ input: { item_id, actor_id: actorOf(req), ...outcome } })
  const batch = await namedBatch(req.scope, id)
  return { item: batch.items.find((i) => i.id === item_id), changed: result.changed, batch }
}
