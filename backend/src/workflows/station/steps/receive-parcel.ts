import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STATION_MODULE } from "../../../modules/station"
import type StationModuleService from "../../../modules/station/service"

type Input = { parcel_id: string; station_id: string; user_id: string }

/** Receives the parcel at its station: a fresh pickup code (returned this once), or none when it was received before. */
export const receiveParcelStep = createStep(
  "receive-station-parcel",
  async ({ parcel_id, station_id, user_id }: Input, { container }) => {
    const service = container.resolve<StationModuleService>(STATION_MODULE)
    const before = await service.retrieveStationParcel(parcel_id, { select: ["id", "status", "received_at", "received_by", "code_hash"] }).catch(() => null)
    const { parcel, code } = await service.receiveParcel(parcel_id, station_id, user_id)
    return new StepResponse({ parcel, code }, code ? before : null)
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<StationModuleService>(STATION_MODULE).updateStationParcels(before as any)
  }
)
