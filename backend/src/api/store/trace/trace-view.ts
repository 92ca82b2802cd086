import { digitalLinkPath, gtin13From, gtin14, publicHouseholdCount, publicHouseholdGroup, type Trace } from "@luotian/contract"
import { valueWords } from "../../../modules/grading/units"
import { criterionView } from "../../../modules/grading/view"
import { certificatesView } from "../../../workflows/lot/read"

// What is read of a lot for its public trace: never a household's row beyond its id, never a member's data.
export const TRACE_FIELDS = [
  "id", "code", "kind", "produced_on", "best_before", "storage", "town", "village", "base", "status", "seller_id",
  "withdrawn_at", "withdrawal_reason",
  "supplies.id", "product.id", "product.handle", "product.title", "product.status", "product.metadata",
  "seller.handle", "seller.name", "seller.name_en", "seller.type", "inspection.measurements", "inspection.computed_grade",
  "inspection.inspected_at", "inspection.standard.code", "inspection.standard.name", "inspection.standard.name_en",
  "inspection.standard.version", "inspection.standard.grades.code", "inspection.standard.grades.name",
  "inspection.standard.grades.name_en", "inspection.standard.grades.criteria.*", "certificates.*",
]

const day = (value: unknown) => (value ? new Date(value as string).toISOString().slice(0, 10) : null)

/** The lot's grade with each of the grade's criteria beside what the inspection measured. */
function gradeFacts(inspection: any): Trace["grade"] {
  const grade = inspection?.computed_grade && (inspection.standard?.grades ?? []).find((g: any) => g.code === inspection.computed_grade)
  if (!grade) return null
  const { code, name, name_en, version } = inspection.standard
  const measured = (attribute: string) => (typeof inspection.measurements?.[attribute] === "number" ? inspection.measurements[attribute] : null)
  return {
    code: grade.code,
    name: grade.name,
    name_en: grade.name_en,
    standard: { code, name, name_en, version },
    criteria: [...(grade.criteria ?? [])].sort((a, b) => a.position - b.position).map((c) => {
      const value = measured(c.attribute)
      const words = value === null ? null : valueWords(value, c.unit)
      return { ...criterionView(c), measured: value, measured_text: words?.text ?? null, measured_text_en: words?.text_en ?? null }
    }),
    inspected_at: new Date(inspection.inspected_at).toISOString(),
  }
}

/** The public facts of a lot scanned through one of its sizes' GTIN. */
export function traceView(lot: any, variant: { title: string; weight: number | null; ean: string }, member_count: number): Trace {
  const gtin13 = gtin13From(variant.ean)!
  return {
    gtin: gtin14(gtin13),
    lot: lot.code,
    digital_link: digitalLinkPath(gtin13, lot.code),
    withdrawn: lot.status === "withdrawn",
    withdrawal: lot.withdrawn_at ? { withdrawn_at: new Date(lot.withdrawn_at).toISOString(), reason: lot.withdrawal_reason } : null,
    product: {
      id: lot.product.id,
      handle: lot.product.handle,
      title: lot.product.title,
      title_en: lot.product.metadata?.title_en ?? null,
      size: variant.title ?? null,
      net_weight_g: variant.weight === null || variant.weight === undefined ? null : Number(variant.weight),
      on_sale: lot.product.status === "published",
    },
    kind: lot.kind,
    produced_on: day(lot.produced_on)!,
    best_before: day(lot.best_before),
    storage: lot.storage ?? null,
    origin: { town: lot.town, village: lot.village ?? null, base: lot.base ?? null },
    grade: gradeFacts(lot.inspection),
    seller: { handle: lot.seller.handle, name: lot.seller.name, name_en: lot.seller.name_en, type: lot.seller.type, member_count: publicHouseholdGroup(member_count) },
    households: publicHouseholdCount((lot.supplies ?? []).length),
    certificates: certificatesView(lot.certificates).map(({ id: _id, ...certificate }) => certificate),
  }
}
