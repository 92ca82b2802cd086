import type { Standard } from "../../../lib/types"

// The editable copy of a standard: price bands and criterion limits as typed ("" = no limit).

export type DraftCriterion = { attribute: string; label: string; label_en: string; unit: string; min: string; max: string }
export type DraftGrade = { code: string; name: string; name_en: string; price_unit: "kg" | "unit"; price_min: string; price_max: string; criteria: DraftCriterion[] }

export const toDraft = (s: Standard): DraftGrade[] =>
  s.grades.map((g) => ({
    code: g.code,
    name: g.name,
    name_en: g.name_en,
    price_unit: g.price_unit,
    price_min: g.price_min,
    price_max: g.price_max,
    criteria: g.criteria.map((c) => ({ attribute: c.attribute, label: c.label, label_en: c.label_en, unit: c.unit, min: c.min ?? "", max: c.max ?? "" })),
  }))

const limit = (v: string) => (v.trim() === "" ? null : v.trim())

/** The body of POST /admin/grade-standards/:id: the full list of grades, best first; the backend checks every rule. */
export const editBody = (grades: DraftGrade[], effectiveFrom: string) => ({
  ...(effectiveFrom && { effective_from: effectiveFrom }),
  grades: grades.map((g) => ({
    ...g,
    price_min: g.price_min.trim(),
    price_max: g.price_max.trim(),
    criteria: g.criteria.map((c) => ({ ...c, min: limit(c.min), max: limit(c.max) })),
  })),
})
