import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SYNONYM_MODULE } from "../../../modules/synonym"
import type SynonymModuleService from "../../../modules/synonym/service"
import { applyEngineSynonyms } from "../../../search/synonyms"

// Writes the groups to the search engine's synonyms setting. Nothing to undo: it only ever makes the engine agree
// with the groups as they are, and the next run repairs any difference.
export const applyEngineSynonymsStep = createStep("apply-engine-synonyms", async (_: void, { container }) => {
  const setting = await container.resolve<SynonymModuleService>(SYNONYM_MODULE).engineSetting()
  const changed = await applyEngineSynonyms(container.resolve(Modules.SEARCH), setting)
  return new StepResponse({ indexes: changed, words: Object.keys(setting).length })
})
