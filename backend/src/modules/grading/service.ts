import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
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

class GradingModuleService extends MedusaService({ GradeStandard, Grade, GradeCriterion, Inspection }) {
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
