import { MedusaError } from "@medusajs/framework/utils"
import { outsideBand, type Amount } from "@luotian/contract"

// Pure checks of what a seller claims in a listing against the association's data; each failure names the field.
export type GradeRow = {
  id: string
  code: string
  name: string
  name_en: string
  rank: number
  price_min: Amount
  price_max: Amount
  price_unit: "kg" | "unit"
}
export type Standard = { id: string; code: string; version: number; grades: GradeRow[] }
export type Inspection = { computed_grade: string | null; inspected_at: string | Date } | undefined
export type UnifiedName = { code: string; zh: string; en: string }

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
const day = (date: string | Date) => new Date(date).toISOString().slice(0, 10)

export function unifiedName(names: UnifiedName[], code: string, category: string) {
  const name = names.find((n) => n.code === code)
  if (!name) throw invalid(`name: "${code}" is not one of the association's names for ${category}: ${names.map((n) => n.code).join(", ")}`)
  return name
}

export function gradeOf(standard: Standard | undefined, code: string, category: string) {
  if (!standard) throw invalid(`category: ${category} has no grade standard in force`)
  const grade = standard.grades.find((g) => g.code === code)
  if (!grade) {
    throw invalid(`grade: "${code}" is not a grade of ${standard.code} v${standard.version}: ${standard.grades.map((g) => g.code).join(", ")}`)
  }
  return grade
}

/** A listing may not claim a grade above what the seller's latest inspection in the category supports. */
export function checkInspection(standard: Standard, grade: GradeRow, inspection: Inspection) {
  if (!inspection) return
  const supported = standard.grades.find((g) => g.code === inspection.computed_grade)
  if (supported && supported.rank <= grade.rank) return
  const what = supported ? `${supported.name} ${supported.name_en}` : "no grade"
  throw invalid(`grade: the latest inspection (${day(inspection.inspected_at)}) supports ${what}; a listing cannot claim ${grade.name} ${grade.name_en}`)
}

/** A pack size's price; `field` names it in errors ("sizes.1.price_cny"). */
export type SizePrice = { net_weight_g: number; price_cny: number; field: string }

export function checkBand(standard: Standard, grade: GradeRow, size: SizePrice) {
  const outside = outsideBand(size.price_cny, size.net_weight_g, grade)
  if (outside) throw invalid(`${size.field}: ${outside} of ${grade.name} ${grade.name_en} (${standard.code} v${standard.version})`)
}

/** A claimed grade that passes every check: in the standard in force, every size priced in its band, backed by the inspection. */
export function checkGrade(standard: Standard | undefined, code: string, category: string, sizes: SizePrice[], inspection: Inspection) {
  const grade = gradeOf(standard, code, category)
  for (const size of sizes) checkBand(standard!, grade, size)
  checkInspection(standard!, grade, inspection)
  return grade
}
