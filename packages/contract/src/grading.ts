import { z } from "zod"

// The association's grade standards as the API answers with them (admin: every field; store: what buyers see).
// Money and limits are exact decimal strings ("30.00", "7.5"), never floats.

export const priceUnitSchema = z.enum(["kg", "unit"])

/** A criterion, also in plain words in both languages (e.g. "水分 ≤ 7 %" / "Moisture at most 7 %"). */
export const criterionSchema = z.object({
  attribute: z.string(),
  label: z.string(),
  label_en: z.string(),
  unit: z.string(),
  min: z.string().nullable(),
  max: z.string().nullable(),
  text: z.string(),
  text_en: z.string(),
})

export const gradeSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  name_en: z.string(),
  rank: z.number().int(),
  price_min: z.string(),
  price_max: z.string(),
  price_unit: priceUnitSchema,
  criteria: z.array(criterionSchema),
})

export const standardSchema = z.object({
  id: z.string(),
  lineage: z.string(),
  category: z.string(),
  code: z.string(),
  name: z.string(),
  name_en: z.string(),
  version: z.number().int(),
  /** YYYY-MM-DD */
  effective_from: z.string(),
  status: z.enum(["current", "superseded"]),
  created_at: z.string(),
  grades: z.array(gradeSchema),
})

/** GET /store/grade-standards: a standard without its history. */
export const publicStandardSchema = standardSchema.omit({ lineage: true, status: true, created_at: true })

export type Criterion = z.infer<typeof criterionSchema>
export type Grade = z.infer<typeof gradeSchema>
export type Standard = z.infer<typeof standardSchema>
export type PublicStandard = z.infer<typeof publicStandardSchema>
