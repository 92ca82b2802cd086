import type { RemoteQueryFunction } from "@medusajs/framework/types"

type Query = Omit<RemoteQueryFunction, symbol>
export type StandardGrade = { id: string; code: string; name: string; name_en: string; rank: number }

/**
 * The grades of each product's standard (the standard its listing's grade belongs to), best first: what an intake's
 * quick grade check may say. A product without a graded listing has none.
 */
export async function productGrades(query: Query, productIds: string[]): Promise<Map<string, StandardGrade[]>> {
  const grades = new Map<string, StandardGrade[]>()
  if (!productIds.length) return grades
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "listing.grade_id"], filters: { id: productIds } })
  const gradeOf = new Map(products.flatMap((p: any) => (p.listing?.grade_id ? [[p.id as string, p.listing.grade_id as string]] : [])))
  if (!gradeOf.size) return grades
  const { data: listed } = await query.graph({ entity: "grade", fields: ["id", "standard_id"], filters: { id: [...new Set(gradeOf.values())] } })
  const standardOfGrade = new Map(listed.map((g: any) => [g.id as string, g.standard_id as string]))
  const { data: all } = await query.graph({
    entity: "grade",
    fields: ["id", "code", "name", "name_en", "rank", "standard_id"],
    filters: { standard_id: [...new Set(standardOfGrade.values())] },
  })
  const ranked = [...all].sort((a: any, b: any) => a.rank - b.rank) as (StandardGrade & { standard_id: string })[]
  for (const [product, grade] of gradeOf) {
    grades.set(product, ranked.filter((g) => g.standard_id === standardOfGrade.get(grade)).map(({ id, code, name, name_en, rank }) => ({ id, code, name, name_en, rank })))
  }
  return grades
}
