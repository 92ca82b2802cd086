import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "../audit/steps/record-audit"
import { removeSynonymGroupStep } from "./steps/remove-synonym-group"

// The association removes a group; the engine drops it from the event.
export const removeSynonymGroupWorkflow = createWorkflow("remove-synonym-group", (input: { id: string; actor_id: string }) => {
  const group = removeSynonymGroupStep(input.id)
  recordAuditStep(
    transform({ input, group }, ({ input, group }) => [
      { actor_type: "user", actor_id: input.actor_id, action: "synonym.removed", subject_type: "synonym_group", subject_id: group.id, before: { words: group.words }, after: null },
    ])
  )
  emitEventStep({ eventName: "synonym-group.deleted", data: transform({ input }, ({ input }) => ({ id: input.id })) })
  return new WorkflowResponse(group)
})
