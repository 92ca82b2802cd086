import { divideHalfUp, largestRemainderShares, weightUnits } from "@luotian/contract"

// The ledger's rules, pure: who gets what of a seller order, and when it counts.

export type SellerType = "cooperative" | "enterprise" | "household"
export type Rule =
  | { kind: "surplus_return"; rate: string }
  | { kind: "contract_price"; price_per_kg_fen: number }
  | { kind: "own_sales" }

const KIND_OF: Record<SellerType, Rule["kind"]> = { cooperative: "surplus_return", enterprise: "contract_price", household: "own_sales" }
export const MIN_SURPLUS_RATE = "0.6"
const RATE_SCALE = 10_000n

/** A seller's rule when it has set none: the legal minimum for a cooperative, all for a household, none for an enterprise (its price must be agreed). */
export function defaultRule(type: SellerType): Rule | null {
  if (type === "cooperative") return { kind: "surplus_return", rate: MIN_SURPLUS_RATE }
  if (type === "household") return { kind: "own_sales" }
  return null
}

/** Why a seller of this type may not have this rule, or null. */
export function ruleProblem(type: SellerType, rule: Rule): string | null {
  if (KIND_OF[type] !== rule.kind) return `kind: a ${type} seller's payout rule is ${KIND_OF[type]}, not ${rule.kind}`
  if (rule.kind === "surplus_return") {
    const units = rateUnits(rule.rate)
    if (units < 6_000n || units > RATE_SCALE) return "rate: must be from 0.6 to 1 (a cooperative returns at least 60 % of its distributable surplus)"
  }
  return null
}

/** A rate as ten-thousandths: "0.6" is 6000n (rates have at most four places). */
const rateUnits = (rate: string) => {
  if (!/^\d+(\.\d{1,4})?$/.test(rate)) throw new Error(`rate: not a decimal with at most four places: ${rate}`)
  const [whole, fraction = ""] = rate.split(".")
  return BigInt(whole) * RATE_SCALE + BigInt(fraction.padEnd(4, "0"))
}

/**
 * A seller order's distributable surplus: its settlement net (gross − platform fee − refunds) less its delivery charge,
 * which pays the carrier and is no one's income; never below 0.
 */
export const distributableFen = (netFen: bigint, shippingFen: bigint) => (netFen > shippingFen ? netFen - shippingFen : 0n)

/** What the households get of a distributable surplus under the rule (to the fen, half up); an enterprise pays by contract instead. */
export function householdsPoolFen(rule: Rule | null, distributable: bigint): bigint {
  if (!rule || rule.kind === "contract_price") return 0n
  if (rule.kind === "own_sales") return distributable
  return divideHalfUp(distributable * rateUnits(rule.rate), RATE_SCALE)
}

export type OrderLine = { line_item_id: string; unit_price_fen: bigint; quantity: number }
export type LotAllocation = {
  id: string
  line_item_id: string
  lot_id: string
  packs: number
  lot_withdrawn: boolean
  supplies: { member_id: string; quantity: string }[]
}
export type Share = { allocation_id: string; line_item_id: string; lot_id: string; member_id: string; amount_fen: bigint }

/**
 * Each supplying household's share of an order's pool: the pool split over the lots' allocations by their value
 * (packs × unit price), what shipped from no lot keeping its part for the seller, then each allocation's part split
 * over its lot's households by what they supplied. Packs from no lot, or from a lot no household supplied, keep
 * their part for the seller. Largest remainder at both levels, so the parts sum to the pool. A
 * withdrawn lot's households are owed nothing of it (their share is 0, not handed to others).
 */
export function orderShares(pool: bigint, lines: OrderLine[], allocations: LotAllocation[]): Share[] {
  const fromLots = allocations.filter((a) => a.supplies.length)
  if (!fromLots.length) return []
  const price = new Map(lines.map((line) => [line.line_item_id, line.unit_price_fen]))
  const value = (a: LotAllocation) => (price.get(a.line_item_id) ?? 0n) * BigInt(a.packs)
  const allocated = new Map<string, number>()
  for (const a of allocations) allocated.set(a.line_item_id, (allocated.get(a.line_item_id) ?? 0) + a.packs)
  const unallocated = lines.reduce((sum, l) => sum + l.unit_price_fen * BigInt(Math.max(0, l.quantity - (allocated.get(l.line_item_id) ?? 0))), 0n)
  // The seller's own part: packs from no lot, and from lots no household supplied.
  const sellers = allocations.filter((a) => !a.supplies.length).reduce((sum, a) => sum + value(a), unallocated)
  const weights = [...fromLots.map(value), sellers]
  if (weights.every((w) => w === 0n)) return []
  const parts = largestRemainderShares(pool, weights)
  return fromLots.flatMap((a, i) => {
    const split = largestRemainderShares(parts[i], weightUnits(a.supplies.map((s) => s.quantity)))
    return a.supplies.map((s, j) => ({
      allocation_id: a.id,
      line_item_id: a.line_item_id,
      lot_id: a.lot_id,
      member_id: s.member_id,
      amount_fen: a.lot_withdrawn ? 0n : split[j],
    }))
  })
}

/** An enterprise's contract purchase of what a household supplied: kg × price per kg, to the fen half up. */
export function contractAmountFen(quantityKg: string, pricePerKgFen: number): bigint {
  const [qty, one] = weightUnits([quantityKg, "1"])
  return divideHalfUp(qty * BigInt(pricePerKgFen), one)
}

export const nextMonth = (month: string) => {
  const [year, mon] = month.split("-").map(Number)
  return mon === 12 ? `${year + 1}-01` : `${year}-${String(mon + 1).padStart(2, "0")}`
}

/** The month an entry posted in `month` counts in: that month, or the first after it the seller has not closed. */
export function openMonthFrom(month: string, closed: Set<string>): string {
  let at = month
  while (closed.has(at)) at = nextMonth(at)
  return at
}

/** What must be posted to bring an entry's `posted` net to what is `owed` now: a reversal (negative) or nothing. Income is never re-posted upward. */
export const reversalFen = (owed: bigint, posted: bigint) => (owed < posted ? owed - posted : 0n)

/**
 * A household's share of a sale from the lot its station intake (代销) went into, less what of the intake's price is
 * not yet netted out by earlier sales: the household was paid that price already, so a sale pays only the balance
 * above it. Returns what to post and what the price covers of it.
 */
export function netAgainstIntake(share: bigint, priceLeft: bigint): { amount: bigint; netted: bigint } {
  const netted = priceLeft <= 0n ? 0n : share < priceLeft ? share : priceLeft
  return { amount: share - netted, netted }
}

/** What a posted share is owed now: its share today less what its intake price covered (fixed when posted), never below 0. */
export const owedAfterNetting = (share: bigint, netted: bigint) => (share > netted ? share - netted : 0n)
