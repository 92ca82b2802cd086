import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "../audit/steps/record-audit"
import { createStationStep, type CreateStationInput } from "./steps/create-station"

// The association opens a station in the network (recorded in the audit log).
export const createStationWorkflow = createWorkflow("create-station", (input: { station: CreateStationInput; actor_id: string }) => {
  const station = createStationStep(input.station)
  recordAuditStep(
    transform({ input, station }, ({ input, station }) => [
      { actor_type: "user", actor_id: input.actor_id, action: "station.created", subject_type: "station", subject_id: station.id, before: null, after: { code: station.code, kind: station.kind } },
    ])
  )
  return new WorkflowResponse(station)
})
