import { nextMonth } from "../../../modules/ledger/rules"
import { seededRandom as seeded } from "../../seeded-random"

// The seeded year of activity, planned without touching the database: which seller orders each month holds (lines,
// day, buyer's city), which are refunded, which lot is withdrawn, and the station intakes. Deterministic: a seeded
// generator (mulberry32), so every run plans the same year.

export const YEAR = { from: "2025-12", months: 12, closedThrough: "2026-10", paidThrough: "2026-09" } as const

export const yearMonths = (from: string = YEAR.from, count: number = YEAR.months) => {
  const months = [from]
  while (months.length < count) months.push(nextMonth(months.at(-1)!))
  return months
}

export type SizeChoice = { product_id: string; product_handle: string; title: string; variant_id: string; variant_title: string; sku: string; price_fen: number; net_weight_g: number }
export type SellerChoice = { id: string; handle: string; type: string; town: string; members: string[]; sizes: SizeChoice[] }
export type PlannedLine = SizeChoice & { quantity: number; households: string[] }
export type PlannedOrder = { ref: string; month: string; seller: SellerChoice; placed_at: Date; city: string; lines: PlannedLine[]; refund_packs: number }
export type PlannedIntake = { ref: string; month: string; seller: SellerChoice; member_id: string; size: SizeChoice; day: string; quantity_kg: string; price_per_kg_fen: number }

const CITIES = ["武汉市", "北京市", "上海市", "广州市", "深圳市", "黄冈市", "杭州市", "成都市"]
const pick = <T>(rand: () => number, items: T[]) => items[Math.floor(rand() * items.length)]!
const dayIn = (month: string, day: number, hour: number) => new Date(`${month}-${String(day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00:00+08:00`)

/** A seller's supplying households for one lot: a cooperative's five to all of them, a family's own. */
function suppliers(rand: () => number, members: string[]) {
  if (members.length <= 2) return members
  const count = Math.min(members.length, 5 + Math.floor(rand() * (members.length - 4)))
  const start = Math.floor(rand() * members.length)
  return Array.from({ length: count }, (_, i) => members[(start + i) % members.length]!)
}

/** One to three orders a month per seller, of one or two of its sizes; about one in twelve refunded a pack. */
export function planYear(sellers: SellerChoice[], months: string[]) {
  const rand = seeded(20261203)
  const orders: PlannedOrder[] = []
  const intakes: PlannedIntake[] = []
  for (const month of months) {
    for (const seller of sellers.filter((s) => s.sizes.length && s.members.length)) {
      const count = 1 + Math.floor(rand() * 3)
      for (let n = 0; n < count; n++) {
        const sizes = [...new Set([pick(rand, seller.sizes), pick(rand, seller.sizes)])].slice(0, 1 + Math.floor(rand() * 2))
        const lines = sizes.map((size) => ({ ...size, quantity: 1 + Math.floor(rand() * 4), households: suppliers(rand, seller.members) }))
        const refund = rand() < 0.08 && lines[0]!.quantity > 1 ? 1 : 0
        orders.push({ ref: `${month}-${seller.handle}-${n}`, month, seller, placed_at: dayIn(month, 3 + Math.floor(rand() * 24), 9 + Math.floor(rand() * 10)), city: pick(rand, CITIES), lines, refund_packs: refund })
      }
      // A cooperative's households bring produce to their town's station (代销) twice a month, paid when it sells.
      if (seller.type !== "cooperative") continue
      for (let n = 0; n < 2; n++) {
        const day = `${month}-${String(5 + n * 12 + Math.floor(rand() * 6)).padStart(2, "0")}`
        const kg = 10 + Math.floor(rand() * 50)
        intakes.push({ ref: `seed-${month}-${seller.handle}-${n}`, month, seller, member_id: pick(rand, seller.members), size: pick(rand, seller.sizes), day, quantity_kg: `${kg}.5`, price_per_kg_fen: 800 + 50 * Math.floor(rand() * 24) })
      }
    }
  }
  return { orders, intakes }
}

/** The lot recalled in the year: the first order's first line of June 2026 (or of the year's middle month). */
export function withdrawnRef(orders: PlannedOrder[], months: string[]) {
  const month = months.includes("2026-06") ? "2026-06" : months[Math.floor(months.length / 2)]
  return orders.find((o) => o.month === month && o.seller.type === "cooperative")?.ref ?? null
}

/** An entry's status and payment in the seeded year: paid through September 2026, closed through October, then open. */
export function statusOf(month: string) {
  if (month <= YEAR.paidThrough) return { status: "paid" as const, paid_at: dayIn(nextMonth(month), 10, 10), payment_reference: `农商行转账 ${month}` }
  return { status: month <= YEAR.closedThrough ? ("closed" as const) : ("open" as const), paid_at: null, payment_reference: null }
}
