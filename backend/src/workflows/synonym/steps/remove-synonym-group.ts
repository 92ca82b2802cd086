import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { SYNONYM_MODULE } from "../../../modules/synonym"
import type SynonymModuleService from "../../../modules/synonym/service"

// Soft-deletes the group, so that compensation can bring it back as it was.
export const removeSynonymGroupStep = createStep(
  "remove-synonym-group",
  async (id: string, { container }) => {
    const service = container.resolve<SynonymModuleService>(SYNONYM_MODULE)
    const [group] = await service.listSynonymGroups({ id })
    if (!group) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Synonym group ${id} was not found`)
    await service.softDeleteSynonymGroups(id)
    return new StepResponse(group as unknown as { id: string; words: string[] }, id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<SynonymModuleService>(SYNONYM_MODULE).restoreSynonymGroups(id)
  }
)
