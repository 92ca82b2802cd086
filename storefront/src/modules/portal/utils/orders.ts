import { toCents } from "../../../lib/util/money"
import { lineSize } from "../../../lib/util/pack-sizes"

// What the portal reads from a seller order (GET /vendors/me/orders): its state follows from its fulfilments and
// its payment summary.
type Fulfillment = { canceled_at?: string | null; shipped_at?: string | null; metadata?: Record<string, unknown> | null } | null
export type OrderLike = {
  status: string
  created_at: string
  fulfillments?: Fulfillment[] | null
  summary?: { pending_difference?: number | string | null } | null
}

export type OrderState = "canceled" | "to_fulfil" | "shipped" | "at_station"

export const liveFulfillments = <F extends NonNullable<Fulfillment>>(order: { fulfillments?: (F | null)[] | null }) =>
  (order.fulfillments ?? []).filter((f): f is F => !!f && !f.canceled_at)

export function orderState(order: OrderLike): OrderState {
  if (order.status === "canceled") return "canceled"
  const [first] = liveFulfillments(order)
  if (!first) return "to_fulfil"
  return first.metadata?.method === "station" ? "at_station" : "shipped"
}

/** Still owes money for this share (paid at the station or on delivery), so the seller may mark it paid. */
export const isUnpaid = (order: OrderLike) =>
  order.status !== "canceled" && toCents(order.summary?.pending_difference ?? 0) > 0n

const byDate = (a: OrderLike, b: OrderLike) => a.created_at.localeCompare(b.created_at)

/** The orders waiting to be shipped or handed over, oldest first (the longest waiting comes first). */
export const ordersToFulfil = <T extends OrderLike>(orders: T[]) => orders.filter((o) => orderState(o) === "to_fulfil").sort(byDate)

export const newestFirst = <T extends OrderLike>(orders: T[]) => [...orders].sort((a, b) => byDate(b, a))

/** An order line as the seller reads it: the title the buyer bought under and its pack size ("… · 2.5kg"). */
export function itemName(item: { title: string; variant_title?: string | null }) {
  const size = lineSize(item)
  return size ? `${item.title} · ${size}` : item.title
}
