import { cache } from "react"
import { medusa } from "./client"

/** A criterion of a grade, in plain words in both languages (e.g. "水分 ≤ 7 %" / "Moisture at most 7 %"). */
export type Criterion = { attribute: string; label: string; label_en: string; text: string; text_en: string }

export type Grade = {
  code: string
  name: string
  name_en: string
  price_min: string
  price_max: string
  price_unit: "kg" | "unit"
  criteria: Criterion[]
}

export type GradeStandard = { id: string; category: string; code: string; name: string; name_en: string; version: number; grades: Grade[] }

/** The association's standard in force for a category (cached 5 min), or null when the category has none. */
export const standardFor = cache(async (category: string): Promise<GradeStandard | null> => {
  const data = await medusa().client.fetch<{ grade_standards: GradeStandard[] }>("/store/grade-standards", {
    query: { category },
    next: { revalidate: 300, tags: ["grade-standards"] },
  })
  return data.grade_standards[0] ?? null
})
