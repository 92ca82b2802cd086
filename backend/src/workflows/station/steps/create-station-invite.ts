import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STATION_MODULE } from "../../../modules/station"
import type StationModuleService from "../../../modules/station/service"

type Input = { station_id: string; email: string; role: "owner" | "staff" }

export const createStationInviteStep = createStep(
  "create-station-invite",
  async ({ station_id, email, role }: Input, { container }) => {
    const { invite, token } = await container.resolve<StationModuleService>(STATION_MODULE).issueInvite(station_id, email, role)
    return new StepResponse({ id: invite.id, email: invite.email, role: invite.role, expires_at: invite.expires_at, token }, invite.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<StationModuleService>(STATION_MODULE).deleteStationInvites(id)
  }
)
