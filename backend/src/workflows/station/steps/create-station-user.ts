import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STATION_MODULE } from "../../../modules/station"
import type StationModuleService from "../../../modules/station/service"

type Input = { station_id: string; email: string; role: "owner" | "staff"; first_name?: string | null; last_name?: string | null }

export const createStationUserStep = createStep(
  "create-station-user",
  async (input: Input, { container }) => {
    const user = await container.resolve<StationModuleService>(STATION_MODULE).createStationUsers(input)
    return new StepResponse(user, user.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<StationModuleService>(STATION_MODULE).deleteStationUsers(id)
  }
)
