import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createStationInviteStep } from "./steps/create-station-invite"

// The association invites a station's owner; an owner invites staff. The answer carries the one-time token.
export const inviteStationUserWorkflow = createWorkflow(
  "invite-station-user",
  (input: { station_id: string; email: string; role: "owner" | "staff" }) => new WorkflowResponse(createStationInviteStep(input))
)
