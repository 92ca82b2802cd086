import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STATION_MODULE } from "../../../modules/station"
import type StationModuleService from "../../../modules/station/service"

type Status = "active" | "suspended"

export const updateStationStatusStep = createStep(
  "update-station-status",
  async ({ id, status }: { id: string; status: Status }, { container }) => {
    const service = container.resolve<StationModuleService>(STATION_MODULE)
    const from = (await service.retrieveStation(id, { select: ["status"] })).status as Status
    const station = await service.updateStations({ id, status })
    return new StepResponse({ station, from }, { id, status: from })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<StationModuleService>(STATION_MODULE).updateStations(before)
  }
)
