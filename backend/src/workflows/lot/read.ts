import { MathBN } from "@medusajs/framework/utils"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { currentCertificate } from "../../modules/lot/certificates"
import { remaining } from "../../modules/lot/rules"

type Query = Omit<RemoteQueryFunction, symbol>

// What is read of a lot across its links: its product line, its inspection (with the standard's grades, to rank the
// lot's grade), its households' shares and its receipts.
export const LOT_FIELDS = [
  "*", "supplies.id", "supplies.member_id", "supplies.quantity", "receipts.id", "receipts.variant_id", "receipts.packs",
  "receipts.quantity", "receipts.created_at", "product.id", "product.title", "inspection.id", "inspection.lot",
  "inspection.category", "inspection.computed_grade", "inspection.measurements", "inspection.inspected_at",
  "inspection.standard.id", "inspection.standard.code", "inspection.standard.version", "inspection.standard.grades.code",
  "inspection.standard.grades.name", "inspection.standard.grades.name_en", "inspection.standard.grades.rank",
  "certificates.*", "allocations.*",
]

const decimal = (value: unknown) => (value === null || value === undefined ? null : MathBN.convert(value as any).toString())
const day = (value: unknown) => (value ? new Date(value as string).toISOString().slice(0, 10) : null)

/** The lot's grade: its inspection's computed grade with its rank in that standard, or null while ungraded. */
export function lotGrade(lot: any): { code: string; name: string; name_en: string; rank: number } | null {
  const code = lot.inspection?.computed_grade
  const grade = code && (lot.inspection.standard?.grades ?? []).find((g: any) => g.code === code)
  return grade ? { code, name: grade.name, name_en: grade.name_en, rank: grade.rank } : null
}

/** A lot's certificates as issued, oldest first, each saying which it corrects and whether it is the one in force. */
export function certificatesView(certificates: any[] = []) {
  const current = currentCertificate(certificates)
  const numberOf = new Map(certificates.map((c) => [c.id, c.number]))
  return [...certificates]
    .sort((a, b) => new Date(a.issued_at).getTime() - new Date(b.issued_at).getTime())
    .map((c) => ({
      id: c.id,
      number: c.number,
      product_name: c.product_name,
      quantity: decimal(c.raw_quantity ?? c.quantity)!,
      unit: c.unit,
      producer_name: c.producer_name,
      producer_origin: c.producer_origin,
      producer_contact: c.producer_contact,
      issued_at: new Date(c.issued_at).toISOString(),
      commitments: c.commitments,
      basis: c.basis,
      supersedes: c.supersedes_id ? (numberOf.get(c.supersedes_id) ?? null) : null,
      correction_reason: c.correction_reason ?? null,
      in_force: c.id === current?.id,
    }))
}

/** A lot as its seller sees it: households by member id, with what is left to receive into stock. */
export function lotView(lot: any) {
  const receipts = (lot.receipts ?? []).map((r: any) => ({ id: r.id, variant_id: r.variant_id, packs: r.packs, quantity: decimal(r.raw_quantity ?? r.quantity), created_at: r.created_at }))
  const quantity = lot.raw_quantity ?? lot.quantity
  return {
    id: lot.id,
    code: lot.code,
    product: lot.product ? { id: lot.product.id, title: lot.product.title } : { id: lot.product_id },
    kind: lot.kind,
    produced_on: day(lot.produced_on),
    origin: { town: lot.town, village: lot.village ?? null, base: lot.base ?? null },
    quantity: decimal(quantity),
    unit: lot.unit,
    remaining: remaining(quantity, receipts.map((r: any) => r.quantity)).toString(),
    storage: lot.storage ?? null,
    best_before: day(lot.best_before),
    inputs: lot.inputs ?? [],
    status: lot.status,
    withdrawal: lot.withdrawn_at ? { withdrawn_at: new Date(lot.withdrawn_at).toISOString(), reason: lot.withdrawal_reason } : null,
    households: (lot.supplies ?? []).map((s: any) => ({ member_id: s.member_id, quantity: decimal(s.raw_quantity ?? s.quantity) })),
    inspection: lot.inspection
      ? { id: lot.inspection.id, computed_grade: lot.inspection.computed_grade ?? null, measurements: lot.inspection.measurements, inspected_at: lot.inspection.inspected_at }
      : null,
    grade: lotGrade(lot),
    receipts,
    certificates: certificatesView(lot.certificates),
    // Which shipped seller-order lines took packs of this lot (first-expiring first).
    allocations: (lot.allocations ?? []).map((a: any) => ({ order_id: a.order_id, line_item_id: a.line_item_id, variant_id: a.variant_id, receipt_id: a.receipt_id, packs: a.packs, returned: a.returned })),
    created_at: lot.created_at,
  }
}

/** The seller's lots (optionally only one product's, or one lot); undefined entries never come back. */
export async function sellerLots(query: Query, seller_id: string, filters: { id?: string; product_id?: string } = {}) {
  const { data } = await query.graph({
    entity: "lot",
    fields: LOT_FIELDS,
    filters: { seller_id, ...filters },
    pagination: { order: { produced_on: "DESC", created_at: "DESC" } },
  })
  return data
}
