import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acceptStationInviteStep } from "./steps/accept-station-invite"
import { createStationUserStep } from "./steps/create-station-user"

type Input = { auth_identity_id: string; email: string; token: string; first_name?: string; last_name?: string }

// A fresh station login accepts its invitation: it becomes the station's owner or staff, bound to the "station" actor.
export const acceptStationInviteWorkflow = createWorkflow("accept-station-invite", (input: Input) => {
  const invite = acceptStationInviteStep({ token: input.token, email: input.email })
  const user = createStationUserStep(
    transform({ invite, input }, ({ invite, input }) => ({
      station_id: invite.station_id,
      email: invite.email,
      role: invite.role as "owner" | "staff",
      first_name: input.first_name,
      last_name: input.last_name,
    }))
  )
  setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id, actorType: "station", value: user.id })
  return new WorkflowResponse(user)
})
