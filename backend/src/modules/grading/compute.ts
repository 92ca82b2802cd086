import { MathBN } from "@medusajs/framework/utils"

// A limit as stored (bigNumber: a number, a decimal string or its raw { value }), or absent.
export type Limit = number | string | { value: string | number } | null | undefined
export type CriterionSpec = { attribute: string; min?: Limit; max?: Limit }
export type GradeSpec = { code: string; rank: number; criteria: CriterionSpec[] }
export type Measurements = Record<string, unknown>

const present = (limit: Limit): limit is Exclude<Limit, null | undefined> => limit !== null && limit !== undefined

/**
 * Whether a lot meets one criterion: the attribute was measured and lies between min and max, both limits inclusive
 * (a lot exactly on a limit passes). Compared as exact decimals, so 7.0 % against a 7.0 % limit is equal, never
 * a float rounding away. A missing or non-numeric measurement fails.
 */
export function holds(criterion: CriterionSpec, measurements: Measurements): boolean {
  const value = measurements[criterion.attribute]
  if (typeof value !== "number" || !Number.isFinite(value)) return false
  if (present(criterion.min) && MathBN.lt(value, criterion.min)) return false
  if (present(criterion.max) && MathBN.gt(value, criterion.max)) return false
  return true
}

/** The criteria of a grade the lot does not meet (their attributes), in the grade's order. */
export function unmet(grade: GradeSpec, measurements: Measurements): string[] {
  return grade.criteria.filter((c) => !holds(c, measurements)).map((c) => c.attribute)
}

/** The highest-ranked grade (rank 1 is the highest) whose criteria all hold, or null when none does. */
export function computeGrade<G extends GradeSpec>(grades: G[], measurements: Measurements): G | null {
  const best = [...grades].sort((a, b) => a.rank - b.rank)
  return best.find((grade) => unmet(grade, measurements).length === 0) ?? null
}
