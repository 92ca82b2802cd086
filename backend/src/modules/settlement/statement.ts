import { MathBN } from "@medusajs/framework/utils"
import { money } from "./money"
import { monthOf } from "./month"

type Amount = Parameters<typeof MathBN.convert>[0]

export type Entry = {
  seller_id: string
  order_id: string
  purchase_order_id: string | null
  kind: "sale" | "refund"
  currency_code: string
  amount: Amount
  fee: Amount
  fee_rate: string
  occurred_at: Date | string
}
export type Figures = { gross: string; fee: string; refunds: string; net: string }
export type OrderInfo = { display_id?: number | null; created_at?: Date | string | null }
export type StatementRow = Figures & {
  order_id: string
  display_id: number | null
  purchase_order_id: string | null
  placed_at: string
  fee_rate: string
}
export type Statement = {
  seller_id: string
  month: string
  currency_code: string
  orders: StatementRow[]
  totals: Figures
  fee_rate: string | null
}

/**
 * gross: the sales; fee: the fees charged on them less the fees refunds gave back; refunds: money returned to buyers;
 * net = gross − fee − refunds, what the seller is paid. Exact decimals, shown to the fen.
 */
export function figures(entries: Entry[]): Figures {
  let gross = MathBN.convert(0)
  let fee = MathBN.convert(0)
  let refunds = MathBN.convert(0)
  for (const entry of entries) {
    if (entry.kind === "sale") {
      gross = MathBN.add(gross, entry.amount)
      fee = MathBN.add(fee, entry.fee)
    } else {
      refunds = MathBN.add(refunds, entry.amount)
      fee = MathBN.sub(fee, entry.fee)
    }
  }
  return { gross: money(gross), fee: money(fee), refunds: money(refunds), net: money(MathBN.sub(gross, fee, refunds)) }
}

export function groupBy<T>(items: T[], key: (item: T) => string) {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return groups
}

/**
 * One seller's statement for a month in one currency, from that month's entries (in occurred_at order).
 * A refund made in a later month shows in that month, on its order's row. fee_rate is the rate of the month's
 * entries, `defaultRate` when there are none, null when the rate changed within the month (each row has its own).
 * Rows know their orders by id (see withOrders for their numbers and placing times).
 */
export function buildStatement(
  head: { seller_id: string; month: string; currency_code: string },
  entries: Entry[],
  defaultRate: string
): Statement {
  const rows = [...groupBy(entries, (entry) => entry.order_id)].map(([order_id, own]) => ({
    order_id,
    display_id: null,
    purchase_order_id: own[0].purchase_order_id,
    placed_at: new Date(own[0].occurred_at).toISOString(),
    fee_rate: own[0].fee_rate,
    ...figures(own),
  }))
  const rates = new Set(entries.map((entry) => entry.fee_rate))
  const fee_rate = rates.size === 0 ? defaultRate : rates.size === 1 ? [...rates][0] : null
  return { ...head, orders: rows, totals: figures(entries), fee_rate }
}

/** Statements with their orders' numbers and placing times, read from the order module by the caller. */
export function withOrders<S extends Pick<Statement, "orders">>(statements: S[], orders: Map<string, OrderInfo>): S[] {
  return statements.map((statement) => ({
    ...statement,
    orders: statement.orders.map((row) => {
      const order = orders.get(row.order_id)
      if (!order) return row
      return {
        ...row,
        display_id: order.display_id ?? null,
        placed_at: order.created_at ? new Date(order.created_at).toISOString() : row.placed_at,
      }
    }),
  }))
}

/**
 * A statement as its seller reads it: without the buyers' purchase ids (the association's statements keep them), which
 * would let a seller look for the other sellers' parts of a purchase.
 */
export function sellerStatement(statement: Statement) {
  return { ...statement, orders: statement.orders.map(({ purchase_order_id: _purchase, ...row }) => row) }
}

/** A seller's months, newest first, one line per month and currency. */
export function monthTotals(entries: Entry[]) {
  return [...groupBy(entries, (entry) => `${monthOf(entry.occurred_at)} ${entry.currency_code}`)]
    .map(([key, own]) => {
      const [month, currency_code] = key.split(" ")
      return { month, currency_code, order_count: new Set(own.map((entry) => entry.order_id)).size, totals: figures(own) }
    })
    .sort((a, b) => b.month.localeCompare(a.month) || a.currency_code.localeCompare(b.currency_code))
}

/** A stored entry as plain data: amounts as decimal strings read from their exact raw values. */
export function entryView(record: any): Entry & { id: string; reference: string } {
  return {
    id: record.id,
    seller_id: record.seller_id,
    order_id: record.order_id,
    purchase_order_id: record.purchase_order_id ?? null,
    kind: record.kind,
    reference: record.reference,
    currency_code: record.currency_code,
    amount: money(record.raw_amount ?? record.amount),
    fee: money(record.raw_fee ?? record.fee),
    fee_rate: record.fee_rate,
    occurred_at: new Date(record.occurred_at).toISOString(),
  }
}

/** The sum of several statements' totals (all amounts are whole fen, so this is exact). */
export function addFigures(list: Figures[]): Figures {
  const sum = (key: keyof Figures) => money(MathBN.sum(...list.map((figures) => figures[key])))
  return { gross: sum("gross"), fee: sum("fee"), refunds: sum("refunds"), net: sum("net") }
}
