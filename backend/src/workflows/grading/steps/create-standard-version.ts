import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { StandardEdit, StandardInput } from "../../../modules/grading/schema"
import { STANDARD_FIELDS, standardView, type StandardView } from "../../../modules/grading/view"
import { GRADING_MODULE } from "../../../modules/grading"
import type GradingModuleService from "../../../modules/grading/service"

export type VersionStandardInput = { id: string; changes: StandardEdit }
type Written = { id: string; supersedes: string | null }

const readStandard = async (container: any, id: string): Promise<StandardView | undefined> => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "grade_standard", fields: STANDARD_FIELDS, filters: { id } })
  return data[0] ? standardView(data[0]) : undefined
}

/**
 * Editing a standard writes its next version and supersedes the edited one, which stays readable: listings and
 * inspections keep the version they were graded under. The lineage is locked so that two edits at once cannot both win.
 */
export const createStandardVersionStep = createStep(
  "create-standard-version",
  async ({ id, changes }: VersionStandardInput, { container }) => {
    const grading = container.resolve<GradingModuleService>(GRADING_MODULE)
    const edited = await readStandard(container, id)
    if (!edited) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Grade standard with id: ${id} was not found`)
    return await container.resolve(Modules.LOCKING).execute(`grade-standard:${edited.lineage}`, async () => {
      const before = (await readStandard(container, id))!
      const newId = await grading.createStandardVersion(await grading.nextVersion(before, changes), before.id)
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
    const id = await grading.createStandardVersion(await grading.firstVersion(input), null)
    return new StepResponse((await readStandard(container, id))!, { id, supersedes: null } as Written)
  },
  async (written, { container }) => {
    if (written) await container.resolve<GradingModuleService>(GRADING_MODULE).revertStandardVersion(written.id, null)
  }
)
