import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "../audit/steps/record-audit"

type Input = { lot_id: string; actor_id: string; rows: number }

// Every export of a lot's buyers is in the audit log: who, when, which lot and how many buyers, never who they are
// (the rows themselves never pass through the workflow engine).
export const recordBuyersExportWorkflow = createWorkflow("record-lot-buyers-export", (input: Input) => {
  const entries = recordAuditStep(
    transform({ input }, ({ input }) => [
      { actor_type: "user", actor_id: input.actor_id, action: "lot.buyers_exported", subject_type: "lot", subject_id: input.lot_id, after: { rows: input.rows } },
    ])
  )
  return new WorkflowResponse(entries)
})
