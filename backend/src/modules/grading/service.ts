import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { StandardView } from "./view"
import { computeGrade, type GradeSpec, type Measurements, unmet } from "./compute"
import { beijingToday, dayToDate, type StandardEdit, type StandardInput } from "./schema"
import Grade from "./models/grade"
import GradeCriterion from "./models/grade-criterion"
import GradeStandard from "./models/grade-standard"
import Inspection from "./models/inspection"

type CriterionData = { attribute: string; label: string; label_en: string; unit: string; min?: string | null; max?: string | null }
type GradeData = {
  code: string
  name: string
  name_en: string
  price_min: string
  price_max: string
  price_unit: "kg" | "unit"
  criteria: CriterionData[]
}
export type StandardVersionData = {
  lineage: string
  category: string
  code: string
  name: string
  name_en: string
  version: number
  effective_from: Date
  // Grades best first: rank is the position.
  grades: GradeData[]
}

// The grades of a version as an edit gives them, from a version's view when the edit leaves them as they were.
const gradesOf = (view: StandardView): GradeData[] =>
  view.grades.map(({ code, name, name_en, price_min, price_max, price_unit, criteria }) => ({
    code, name, name_en, price_min, price_max, price_unit,
    criteria: criteria.map(({ attribute, label, label_en, unit, min, max }) => ({ attribute, label, label_en, unit, min, max })),
  }))

type NamedGrade = GradeSpec & { name: string; name_en: string }
type GradedStandard<G extends NamedGrade> = { code: string; version: number; grades: G[] }

class GradingModuleService extends MedusaService({ GradeStandard, Grade, GradeCriterion, Inspection }) {
  /**
   * Grades a lot under a standard: the highest grade whose criteria all hold, and for every grade what the lot falls
   * short on. A measured attribute the standard does not know is refused, naming it: it would be silently ignored.
   */
  gradeLot<G extends NamedGrade>(standard: GradedStandard<G>, measurements: Measurements) {
    const known = new Set(standard.grades.flatMap((g) => g.criteria.map((c) => c.attribute)))
    const unknown = Object.keys(measurements).find((attribute) => !known.has(attribute))
    if (unknown) {
      const measure = [...known].join(", ")
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `measurements.${unknown}: not an attribute of ${standard.code} v${standard.version}; measure ${measure}`)
    }
    const checks = standard.grades.map((grade) => {
      const short = unmet(grade, measurements)
      return { code: grade.code, name: grade.name, name_en: grade.name_en, holds: short.length === 0, unmet: short }
    })
    return { grade: computeGrade(standard.grades, measurements), checks }
  }

  /** A category's first standard, version 1: refused while the category has one in force. */
  async firstVersion({ effective_from, ...standard }: StandardInput): Promise<StandardVersionData> {
    const [existing] = await this.listGradeStandards({ category: standard.category, status: "current" }, { select: ["id", "code"] })
    if (existing) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `category: ${standard.category} already has ${existing.code} in force`)
    return { ...standard, version: 1, effective_from: dayToDate(effective_from) }
  }

  /**
   * The next version of a standard under an edit: version + 1, effective from the given day or today in Beijing, the
   * rest carried over. Only the current version can be edited, and never from a day before it took effect.
   */
  async nextVersion(before: StandardView, changes: StandardEdit): Promise<StandardVersionData> {
    if (before.status !== "current") {
      const [current] = await this.listGradeStandards({ lineage: before.lineage, status: "current" }, { select: ["id", "version"] })
      const by = current ? ` by v${current.version} (${current.id})` : ""
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `id: ${before.code} v${before.version} is superseded${by}; edit the current version`)
    }
    const effective = changes.effective_from ?? beijingToday()
    if (effective < before.effective_from) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `effective_from: must not be before v${before.version}'s ${before.effective_from}`)
    }
    return {
      lineage: before.lineage,
      category: before.category,
      code: changes.code ?? before.code,
      name: changes.name ?? before.name,
      name_en: changes.name_en ?? before.name_en,
      version: before.version + 1,
      effective_from: dayToDate(effective),
      grades: changes.grades ?? gradesOf(before),
    }
  }

  /**
   * Writes a standard version with its grades and criteria, superseding the version it replaces (if any), in one
   * transaction: the category never has two current standards, nor none, nor a version without its grades.
   */
  @InjectManager()
  async createStandardVersion(data: StandardVersionData, supersedes: string | null, @MedusaContext() sharedContext: Context = {}) {
    return await this.createStandardVersion_(data, supersedes, sharedContext)
  }

  @InjectTransactionManager()
  protected async createStandardVersion_(data: StandardVersionData, supersedes: string | null, @MedusaContext() sharedContext: Context = {}) {
    if (supersedes) {
      await this.updateGradeStandards({ id: supersedes, status: "superseded" }, sharedContext)
      // MikroORM flushes inserts before updates: write the supersession first, or the new current version would meet
      // the old one in the one-current-standard-per-category index.
      await (sharedContext.transactionManager as any).flush()
    }
    const { grades, ...standard } = data
    const created = await this.createGradeStandards({ ...standard, status: "current" }, sharedContext)
    for (const [index, { criteria, ...grade }] of grades.entries()) {
      const row = await this.createGrades({ ...grade, rank: index + 1, standard_id: created.id } as any, sharedContext)
      // Medusa names this method createGradeCriteria at runtime (pluralize) but types it createGradeCriterions.
      await (this as any).createGradeCriteria(
        criteria.map((c, position) => ({ ...c, min: c.min ?? null, max: c.max ?? null, position, grade_id: row.id })),
        sharedContext
      )
    }
    return created.id as string
  }

  /** Undoes createStandardVersion: removes the new version and makes the one it superseded current again. */
  @InjectManager()
  async revertStandardVersion(id: string, supersedes: string | null, @MedusaContext() sharedContext: Context = {}) {
    return await this.revertStandardVersion_(id, supersedes, sharedContext)
  }

  @InjectTransactionManager()
  protected async revertStandardVersion_(id: string, supersedes: string | null, @MedusaContext() sharedContext: Context = {}) {
    await this.deleteGradeStandards(id, sharedContext)
    await (sharedContext.transactionManager as any).flush()
    if (supersedes) await this.updateGradeStandards({ id: supersedes, status: "current" }, sharedContext)
  }
}

export default GradingModuleService
