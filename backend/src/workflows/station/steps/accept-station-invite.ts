import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STATION_MODULE } from "../../../modules/station"
import type StationModuleService from "../../../modules/station/service"

export const acceptStationInviteStep = createStep(
  "accept-station-invite",
  async ({ token, email }: { token: string; email: string }, { container }) => {
    const invite = await container.resolve<StationModuleService>(STATION_MODULE).acceptInvite(token, email)
    return new StepResponse({ station_id: invite.station_id, email: invite.email, role: invite.role }, invite.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<StationModuleService>(STATION_MODULE).updateStationInvites({ id, accepted_at: null })
  }
)
