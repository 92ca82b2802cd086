import { useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { Criterion, Standard } from "./types"

/** The standards in force, one per category. */
export const useCurrentStandards = () =>
  useQuery({
    queryKey: ["luotian-standards", "all", "current"],
    queryFn: () => sdk.client.fetch<{ grade_standards: Standard[] }>("/admin/grade-standards", { query: { status: "current" } }),
    select: (data) => data.grade_standards,
  })

/** Every attribute a standard's grades measure, once each, in the order they first appear. */
export const attributesOf = (standard?: Standard): Criterion[] => {
  const seen = new Map<string, Criterion>()
  for (const g of standard?.grades ?? []) for (const c of g.criteria) if (!seen.has(c.attribute)) seen.set(c.attribute, c)
  return [...seen.values()]
}

/** A grade code of a category as the association reads it, "特级 · Premium grade"; the code when unknown. */
export const gradeName = (standards: Standard[] | undefined, category: string, code: string | null) => {
  if (!code) return "无等级 No grade"
  const g = standards?.find((s) => s.category === category)?.grades.find((x) => x.code === code)
  return g ? `${g.name} · ${g.name_en}` : code
}
