import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SYNONYM_MODULE } from "../../../modules/synonym"
import type SynonymModuleService from "../../../modules/synonym/service"

export const addSynonymGroupStep = createStep(
  "add-synonym-group",
  async (words: string[], { container }) => {
    const group = await container.resolve<SynonymModuleService>(SYNONYM_MODULE).addGroup(words)
    return new StepResponse(group, group.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<SynonymModuleService>(SYNONYM_MODULE).deleteSynonymGroups(id)
  }
)
