import { gtinProblem } from "@luotian/contract/rules"
import { parseGrams, parsePrice, priceForApi } from "./band"

// A listing's pack sizes as the portal's forms send them: one row of fields per size, named "sizes.<row>.<field>"
// ("sizes.0.net_weight_g", "sizes.0.price_cny", …). Rows are read in order and checked as the backend checks them,
// and `indexes` maps the n-th size sent back to its row, so that the backend's "sizes.1.price_cny: …" lands there.

export const MAX_SIZES = 8

export type Row = { index: number; values: Record<string, string> }
export type NewSize = { net_weight_g: number; price_cny: number; stock: number; gtin?: string }
export type PriceChange = { variant_id: string; price_cny: number }
/** The form field at fault and the rule it breaks (a key of the portal dictionary's `fields`). */
export type RowProblem = { problem: { field: string; rule: string } }
type Read<T> = { sizes: T[]; indexes: number[] } | RowProblem

/** The rows a form sent as "<prefix>.<row>.<field>", in row order, values trimmed. */
export function formRows(entries: Iterable<[string, unknown]>, prefix = "sizes"): Row[] {
  const rows = new Map<number, Record<string, string>>()
  const pattern = new RegExp(`^${prefix}\\.(\\d{1,2})\\.([a-z_]+)$`)
  for (const [key, value] of entries) {
    const match = pattern.exec(key)
    if (!match || typeof value !== "string") continue
    const index = Number(match[1])
    rows.set(index, { ...rows.get(index), [match[2]]: value.trim() })
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([index, values]) => ({ index, values }))
}

/** Stock as a seller types it: a whole number from 0 to 1,000,000, or null. */
export function parseStock(text: string): number | null {
  const trimmed = text.trim()
  return /^\d{1,7}$/.test(trimmed) && Number(trimmed) <= 1_000_000 ? Number(trimmed) : null
}

const fault = (index: number, key: string, rule = key): RowProblem => ({ problem: { field: `sizes.${index}.${key}`, rule } })

function readSize({ index, values }: Row): NewSize | RowProblem {
  const grams = parseGrams(values.net_weight_g ?? "")
  const price = parsePrice(values.price_cny ?? "")
  const stock = parseStock(values.stock ?? "")
  const gtin = values.gtin ?? ""
  if (grams === null) return fault(index, "net_weight_g")
  if (price === null) return fault(index, "price_cny")
  if (stock === null) return fault(index, "stock")
  if (gtin && gtinProblem(gtin)) return fault(index, "gtin")
  return { net_weight_g: grams, price_cny: priceForApi(price), stock, ...(gtin && { gtin }) }
}

/** A new listing's sizes (rows left wholly blank are skipped): 1 to 8, each weight once; or the first problem. */
export function readSizes(rows: Row[]): Read<NewSize> {
  const filled = rows.filter((row) => Object.values(row.values).some(Boolean))
  if (!filled.length) return fault(rows[0]?.index ?? 0, "net_weight_g")
  if (filled.length > MAX_SIZES) return { problem: { field: "sizes", rule: "sizes" } }
  const sizes: NewSize[] = []
  for (const row of filled) {
    const size = readSize(row)
    if ("problem" in size) return size
    if (sizes.some((s) => s.net_weight_g === size.net_weight_g)) return fault(row.index, "net_weight_g", "size_duplicate")
    sizes.push(size)
  }
  return { sizes, indexes: filled.map((row) => row.index) }
}

/**
 * The prices an edit changed, each against the price it had when the form was drawn (the "was_sizes" rows): an
 * unchanged price is not sent, so that it cannot send an approved listing back to review.
 */
export function priceChanges(rows: Row[], was: Row[]): Read<PriceChange> {
  const changed: { change: PriceChange; index: number }[] = []
  for (const { index, values } of rows) {
    const price = parsePrice(values.price_cny ?? "")
    if (price === null) return fault(index, "price_cny")
    const before = parsePrice(was.find((row) => row.index === index)?.values.price_cny ?? "")
    if (values.variant_id && price !== before) changed.push({ change: { variant_id: values.variant_id, price_cny: priceForApi(price) }, index })
  }
  return { sizes: changed.map((c) => c.change), indexes: changed.map((c) => c.index) }
}

/** The backend's "sizes.<n>.<field>" (the n-th size sent) as the form's field (that size's row). */
export function rowField(field: string, indexes: number[]): string {
  const match = /^sizes\.(\d+)\.(.+)$/.exec(field)
  const row = match ? indexes[Number(match[1])] : undefined
  return match && row !== undefined ? `sizes.${row}.${match[2]}` : field
}
