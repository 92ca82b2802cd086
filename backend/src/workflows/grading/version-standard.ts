import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { StandardInput } from "../../modules/grading/schema"
import { recordAuditStep } from "../audit/steps/record-audit"
import { createStandardStep, createStandardVersionStep, type VersionStandardInput } from "./steps/create-standard-version"

export type Actor = { actor_type: string; actor_id: string }

// The association edits a standard: its next version, audited with the whole edited version before and the new one
// after. The audit subject is the lineage, so one filter shows every change to the standard.
export const versionStandardWorkflow = createWorkflow("version-grade-standard", (input: VersionStandardInput & Actor) => {
  const { before, after } = createStandardVersionStep(input)
  recordAuditStep(
    transform({ input, before, after }, ({ input, before, after }) => [
      {
        actor_type: input.actor_type,
        actor_id: input.actor_id,
        action: "standard.versioned",
        subject_type: "grade_standard",
        subject_id: after.lineage,
        before: before as unknown as Record<string, unknown>,
        after: after as unknown as Record<string, unknown>,
      },
    ])
  )
  return new WorkflowResponse({ before, after })
})

// A category's first standard, as the seed creates them; audited as standard.created.
export const createStandardWorkflow = createWorkflow("create-grade-standard", (input: { standard: StandardInput } & Actor) => {
  const created = createStandardStep(input.standard)
  recordAuditStep(
    transform({ input, created }, ({ input, created }) => [
      {
        actor_type: input.actor_type,
        actor_id: input.actor_id,
        action: "standard.created",
        subject_type: "grade_standard",
        subject_id: created.lineage,
        before: null,
        after: created as unknown as Record<string, unknown>,
      },
    ])
  )
  return new WorkflowResponse(created)
})
