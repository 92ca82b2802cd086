import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { columnOf, IMPORT_COLUMNS, IMPORT_RULES_ZH, importRowSchema, MAX_IMPORT_ROWS, ruleOfIssue } from "@luotian/contract"
import type { ImportError, ImportRow, ImportRule } from "@luotian/contract"
import { LISTING_MODULE } from "../../modules/listing"
import type ListingModuleService from "../../modules/listing/service"
import { MAX_SIZES } from "../seller-product/pack-size"
import { claimContext } from "../seller-product/steps/claim-context"
import { existingListings, type Existing } from "./existing"
import type { SheetListing, SheetSize } from "./work"

type Query = Parameters<typeof claimContext>[0]
const OPTIONAL = new Set(["gtin", "description", "description_en"])
const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** The columns the header row names, in order; a missing or unknown column refuses the whole file. */
function readHeader(header: string[] | undefined) {
  if (!header?.some((cell) => cell.trim())) throw invalid("file: the file is empty; the first row must be the header")
  const columns = header.map((cell) => (cell.trim() ? columnOf(cell) ?? null : undefined))
  const unknown = header.filter((cell, i) => columns[i] === null)
  if (unknown.length) throw invalid(`file: unknown column ${unknown.map((c) => `"${c.trim()}"`).join(", ")} in the header row`)
  const missing = IMPORT_COLUMNS.filter((c) => !OPTIONAL.has(c.key) && !columns.includes(c.key)).map((c) => c.key)
  if (missing.length) throw invalid(`file: the header row lacks the column(s) ${missing.join(", ")}`)
  return columns
}

export const rowError = (row: number, field: string, rule: ImportRule, message: string): ImportError => ({
  row, field, rule, message: `row ${row}, ${field}: ${message}`, message_zh: `第 ${row} 行「${field}」：${IMPORT_RULES_ZH[rule]}`,
})

/** A listing rule's refusal ("grade: …", "sizes.0.price_cny: …") as the row's error. */
function domainError(row: number, error: any): ImportError {
  const message = String(error?.message ?? error)
  const field = message.split(":")[0]
  if (field.endsWith("price_cny")) return rowError(row, "price_cny", "price_band", message.slice(field.length + 2))
  const rule = (["category", "name", "grade"] as const).find((f) => f === field) ?? "grade"
  return rowError(row, rule, rule, message.slice(field.length + 2))
}

/**
 * Every row checked with the rules of a single listing (the contract's schema, the category's names, the grade
 * standard in force, the seller's inspection, the price band), then grouped by listing code into the listings to make
 * or change. Reads only.
 */
export async function checkSheet(container: MedusaContainer, seller: { id: string; handle: string }, cells: string[][]) {
  const columns = readHeader(cells[0])
  const rows = cells.slice(1).map((cells, i) => ({ number: i + 2, cells })).filter((r) => r.cells.some((c) => c.trim()))
  if (!rows.length) throw invalid("file: the file has a header but no rows")
  if (rows.length > MAX_IMPORT_ROWS) throw invalid(`file: at most ${MAX_IMPORT_ROWS} rows per file; this one has ${rows.length}`)
  const query: Query = container.resolve(ContainerRegistrationKeys.QUERY)
  const existing = await existingListings(query, seller, rows.map((r) => r.cells[columns.indexOf("listing")] ?? ""))
  const judge = judgeRows(container, query, seller.id, existing)
  const errors: ImportError[] = []
  for (const row of rows) {
    const record = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, row.cells[columns.indexOf(c.key)] ?? ""]))
    const parsed = importRowSchema.safeParse(record)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      errors.push(rowError(row.number, String(issue.path[0]), ruleOfIssue(issue as any), issue.message))
      continue
    }
    const error = await judge(row.number, parsed.data)
    if (error) errors.push(error)
  }
  return { total: rows.length, errors, work: judge.listings() }
}

/** Judges one valid row against the listing it belongs to (new, or the seller's existing one) and keeps it. */
function judgeRows(container: MedusaContainer, query: Query, seller_id: string, existing: Map<string, Existing | null>) {
  const service = container.resolve<ListingModuleService>(LISTING_MODULE)
  const contexts = new Map<string, Promise<Awaited<ReturnType<typeof claimContext>>>>()
  const listings = new Map<string, SheetListing>()
  const context = (category: string) => {
    if (!contexts.has(category)) contexts.set(category, claimContext(query, category, seller_id))
    return contexts.get(category)!
  }
  const judge = async (number: number, row: ImportRow): Promise<ImportError | undefined> => {
    const old = existing.get(row.listing)
    if (old === null) return rowError(number, "listing", "listing_taken", `another seller's listing has the code ${row.listing}`)
    let judged
    try {
      judged = service.judgeClaim({ name: row.name, grade: row.grade, sizes: [row] }, await context(row.category))
    } catch (error) {
      return domainError(number, error)
    }
    const listing = listings.get(row.listing) ?? newListing(row, judged, await context(row.category), old)
    const same = listing.category === row.category && listing.name === row.name && listing.grade === row.grade
    if (!same) return rowError(number, "listing", "listing_mismatch", `rows of ${row.listing} must share category, name and grade (${listing.category}, ${listing.name}, ${listing.grade})`)
    if (listing.sizes.some((s) => s.net_weight_g === row.net_weight_g)) {
      return rowError(number, "net_weight_g", "duplicate_size", `${row.listing} already has a ${row.net_weight_g} g size in this file`)
    }
    const size = sizeOf(number, row, old)
    const count = new Set([...(old?.sizes ?? []).map((s) => s.net_weight_g), ...listing.sizes.map((s) => s.net_weight_g), row.net_weight_g]).size
    if (count > MAX_SIZES) return rowError(number, "net_weight_g", "too_many_sizes", `a listing has at most ${MAX_SIZES} sizes`)
    listing.sizes.push(size)
    listings.set(row.listing, listing)
  }
  return Object.assign(judge, { listings: () => [...listings.values()] })
}

function newListing(row: ImportRow, judged: any, context: { category_id: string }, old: Existing | undefined): SheetListing {
  return {
    code: row.listing, product_id: old?.product_id, category: old?.category ?? row.category, category_id: context.category_id,
    name: old?.name_code ?? row.name, grade: old?.grade_code ?? row.grade, title: judged.title, title_en: judged.title_en,
    listing: judged.listing, description: row.description, description_en: row.description_en, sizes: [],
  }
}

/** The row's size; for an existing size, whether it changes anything (an unchanged row is already imported). */
function sizeOf(row: number, r: ImportRow, old: Existing | undefined): SheetSize {
  const size = { row, net_weight_g: r.net_weight_g, price_cny: r.price_cny, stock: r.stock, gtin: r.gtin }
  const current = old?.sizes.find((s) => s.net_weight_g === r.net_weight_g)
  if (!current) return size
  return { ...size, variant_id: current.variant_id, price_changed: current.price_cny !== r.price_cny, stock_changed: current.stock !== r.stock }
}
