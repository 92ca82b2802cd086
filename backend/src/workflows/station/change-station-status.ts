import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "../audit/steps/record-audit"
import { updateStationStatusStep } from "./steps/update-station-status"

// The association suspends a station (its operators are refused on every station route) or reinstates it.
export const changeStationStatusWorkflow = createWorkflow(
  "change-station-status",
  (input: { id: string; status: "active" | "suspended"; actor_id: string }) => {
    const { station, from } = updateStationStatusStep(input)
    recordAuditStep(
      transform({ input, from }, ({ input, from }) => [
        {
          actor_type: "user", actor_id: input.actor_id, action: `station.${input.status === "active" ? "reinstated" : "suspended"}`,
          subject_type: "station", subject_id: input.id, before: { status: from }, after: { status: input.status },
        },
      ])
    )
    return new WorkflowResponse(station)
  }
)
