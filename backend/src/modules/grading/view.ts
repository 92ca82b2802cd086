import type { Criterion as CriterionView, Grade as GradeView, Standard as StandardView } from "@luotian/contract"
import { MathBN } from "@medusajs/framework/utils"
import { criterionWords, limitText } from "./units"

// What query.graph reads of a standard, and how the API shows it: money as "30.00", limits as exact decimals,
// each criterion also in plain words, grades best first.
export const STANDARD_FIELDS = [
  "id", "lineage", "category", "code", "name", "name_en", "version", "effective_from", "status", "created_at",
  "grades.*", "grades.criteria.*",
]

// The API's shapes are the contract's, which the storefront and the admin read them by.
export type { Criterion as CriterionView, Grade as GradeView, Standard as StandardView } from "@luotian/contract"

const money = (value: unknown) => MathBN.convert(value as any).toFixed(2)
/** A date as the association writes it: YYYY-MM-DD (stored as midnight UTC of that day). */
export const day = (value: string | Date) => new Date(value).toISOString().slice(0, 10)

export function criterionView(c: any): CriterionView {
  const min = c.raw_min ?? c.min
  const max = c.raw_max ?? c.max
  return {
    attribute: c.attribute,
    label: c.label,
    label_en: c.label_en,
    unit: c.unit,
    min: limitText(min),
    max: limitText(max),
    ...criterionWords({ ...c, min, max }),
  }
}

export function gradeView(g: any): GradeView {
  return {
    id: g.id,
    code: g.code,
    name: g.name,
    name_en: g.name_en,
    rank: g.rank,
    price_min: money(g.raw_price_min ?? g.price_min),
    price_max: money(g.raw_price_max ?? g.price_max),
    price_unit: g.price_unit,
    criteria: [...(g.criteria ?? [])].sort((a, b) => a.position - b.position).map(criterionView),
  }
}

export function standardView(s: any): StandardView {
  return {
    id: s.id,
    lineage: s.lineage,
    category: s.category,
    code: s.code,
    name: s.name,
    name_en: s.name_en,
    version: s.version,
    effective_from: day(s.effective_from),
    status: s.status,
    created_at: new Date(s.created_at).toISOString(),
    grades: [...(s.grades ?? [])].sort((a, b) => a.rank - b.rank).map(gradeView),
  }
}

/** What buyers see of a standard: the grades with their criteria and price bands. */
export function publicStandardView(s: any) {
  const { lineage, status, created_at, ...rest } = standardView(s)
  return rest
}

export const INSPECTION_FIELDS = [
  "id", "seller_id", "category", "lot", "measurements", "computed_grade", "inspector_id", "inspector_name",
  "inspected_at", "created_at", "standard.id", "standard.code", "standard.version", "standard.name", "standard.name_en",
]

export function inspectionView(i: any) {
  return {
    id: i.id,
    seller_id: i.seller_id,
    category: i.category,
    lot: i.lot,
    measurements: i.measurements,
    computed_grade: i.computed_grade ?? null,
    standard: i.standard
      ? { id: i.standard.id, code: i.standard.code, version: i.standard.version, name: i.standard.name, name_en: i.standard.name_en }
      : null,
    inspector: { id: i.inspector_id, name: i.inspector_name },
    inspected_at: new Date(i.inspected_at).toISOString(),
    created_at: new Date(i.created_at).toISOString(),
  }
}
