import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type StandardEdit, type StandardInput, beijingToday, dayToDate } from "../../../lib/grading/schema"
import { STANDARD_FIELDS, standardView, type StandardView } from "../../../lib/grading/view"
import { GRADING_MODULE } from "../../../modules/grading"
import type GradingModuleService from "../../../modules/grading/service"

export type VersionStandardInput = { id: string; changes: StandardEdit }
type Written = { id: string; supersedes: string | null }

const readStandard = async (container: any, id: string): Promise<StandardView | undefined> => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "grade_standard", fields: STANDARD_FIELDS, filters: { id } })
  return data[0] ? standardView(data[0]) : undefined
}

// The grades of a version as an edit gives them, from a version's view when the edit leaves them as they were.
const gradesOf = (view: StandardView) =>
  view.grades.map(({ code, name, name_en, price_min, price_max, price_unit, criteria }) => ({
    code, name, name_en, price_min, price_max, price_unit,
    criteria: criteria.map(({ attribute, label, label_en, unit, min, max }) => ({ attribute, label, label_en, unit, min, max })),
  }))

/**
 * Editing a standard writes its next version (version + 1, effective from the given day or today in Beijing) and
 * supersedes the edited one, which stays readable: listings and inspections keep the version they were graded under.
 * Only the current version can be edited; the lineage is locked so that two edits at once cannot both win.
 */
export const createStandardVersionStep = createStep(
  "create-standard-version",
  async ({ id, changes }: VersionStandardInput, { container }) => {
    const grading = container.resolve<GradingModuleService>(GRADING_MODULE)
    const edited = await readStandard(container, id)
    if (!edited) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Grade standard with id: ${id} was not found`)
    return await container.resolve(Modules.LOCKING).execute(`grade-standard:${edited.lineage}`, async () => {
      const before = (await readStandard(container, id))!
      if (before.status !== "current") {
        const [current] = await grading.listGradeStandards({ lineage: before.lineage, status: "current" }, { select: ["id", "version"] })
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `id: ${before.code} v${before.version} is superseded${current ? ` by v${current.version} (${current.id})` : ""}; edit the current version`
        )
      }
      const effective = changes.effective_from ?? beijingToday()
      if (effective < before.effective_from) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `effective_from: must not be before v${before.version}'s ${before.effective_from}`)
      }
      const newId = await grading.createStandardVersion(
        {
          lineage: before.lineage,
          category: before.category,
          code: changes.code ?? before.code,
          name: changes.name ?? before.name,
          name_en: changes.name_en ?? before.name_en,
          version: before.version + 1,
          effective_from: dayToDate(effective),
          grades: changes.grades ?? gradesOf(before),
        },
        before.id
      )
      const after = (await readStandard(container, newId))!
      return new StepResponse({ before, after }, { id: newId, supersedes: before.id } as Written)
    })
  },
  async (written, { container }) => {
    if (written) await container.resolve<GradingModuleService>(GRADING_MODULE).revertStandardVersion(written.id, written.supersedes)
  }
)

/** A category's first standard (the seed's), version 1. */
export const createStandardStep = createStep(
  "create-grade-standard",
  async (input: StandardInput, { container }) => {
    const grading = container.resolve<GradingModuleService>(GRADING_MODULE)
    const [existing] = await grading.listGradeStandards({ category: input.category, status: "current" }, { select: ["id", "code"] })
    if (existing) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `category: ${input.category} already has ${existing.code} in force`)
    const { effective_from, ...rest } = input
    const id = await grading.createStandardVersion({ ...rest, version: 1, effective_from: dayToDate(effective_from) }, null)
    return new StepResponse((await readStandard(container, id))!, { id, supersedes: null } as Written)
  },
  async (written, { container }) => {
    if (written) await container.resolve<GradingModuleService>(GRADING_MODULE).revertStandardVersion(written.id, null)
  }
)
