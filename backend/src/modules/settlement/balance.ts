import { MathBN } from "@medusajs/framework/utils"
import { money } from "./money"

type Amount = Parameters<typeof MathBN.convert>[0]
export type Bucket = "pending" | "available" | "paid"
export type Movement = { order_id: string; from_bucket: Bucket | null; to_bucket: Bucket | null; amount: Amount }

export type Buckets = { pending: Amount; available: Amount; paid: Amount }

const zero = (): Buckets => ({ pending: 0, available: 0, paid: 0 })

/** A set of movements folded into its buckets, and what came in from outside less what went out (their "total"). */
export function fold(movements: Movement[]) {
  const buckets = zero()
  let total: Amount = 0
  for (const { from_bucket, to_bucket, amount } of movements) {
    if (from_bucket) buckets[from_bucket] = MathBN.sub(buckets[from_bucket], amount)
    else total = MathBN.add(total, amount)
    if (to_bucket) buckets[to_bucket] = MathBN.add(buckets[to_bucket], amount)
    else total = MathBN.sub(total, amount)
  }
  return { ...buckets, total }
}

/** The buckets of each order, for movements of many orders. */
export function byOrder(movements: Movement[]) {
  const orders = new Map<string, Movement[]>()
  for (const movement of movements) orders.set(movement.order_id, [...(orders.get(movement.order_id) ?? []), movement])
  return new Map([...orders].map(([order, list]) => [order, fold(list)]))
}

/** Where a refund (or referral) of an order comes out of: pending until its money is released, available after. */
export const outOf = (released: boolean): Bucket => (released ? "available" : "pending")

/** The orders a payout of a seller's available balance takes, each with its available amount (negative ones net). */
export function payoutOrders(movements: Movement[]) {
  return [...byOrder(movements)]
    .map(([order_id, buckets]) => ({ order_id, amount: MathBN.convert(buckets.available) }))
    .filter(({ amount }) => !MathBN.eq(amount, 0))
}

/** A balance as the API shows it: decimal strings; the identity total = pending + available + paid always holds. */
export function balanceView(movements: Movement[]) {
  const { pending, available, paid, total } = fold(movements)
  return { pending: money(pending), available: money(available), paid_out: money(paid), total: money(total) }
}
