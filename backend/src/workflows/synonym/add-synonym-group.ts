import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "../audit/steps/record-audit"
import { addSynonymGroupStep } from "./steps/add-synonym-group"

export type AddSynonymGroupInput = { words: string[]; actor_type: "user" | "system"; actor_id: string }

// The association adds a group of words buyers use for the same thing; the engine picks it up from the event.
export const addSynonymGroupWorkflow = createWorkflow("add-synonym-group", (input: AddSynonymGroupInput) => {
  const group = addSynonymGroupStep(input.words)
  recordAuditStep(
    transform({ input, group }, ({ input, group }) => [
      { actor_type: input.actor_type, actor_id: input.actor_id, action: "synonym.added", subject_type: "synonym_group", subject_id: group.id, before: null, after: { words: group.words } },
    ])
  )
  emitEventStep({ eventName: "synonym-group.created", data: transform({ group }, ({ group }) => ({ id: group.id })) })
  return new WorkflowResponse(group)
})
