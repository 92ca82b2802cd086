import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applyEngineSynonymsStep } from "./steps/apply-engine-synonyms"

// Makes the search engine's synonyms those of the association's groups (after an edit, and every minute, so that a
// new version of the index built by a reindex gets them too).
export const applySynonymsWorkflow = createWorkflow("apply-synonyms", () => {
  return new WorkflowResponse(applyEngineSynonymsStep())
})
