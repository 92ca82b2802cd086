import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STATION_MODULE } from "../../../modules/station"
import type StationModuleService from "../../../modules/station/service"
import { orderWeightsG } from "../../route-run/weights"

/** When a seller ships an order the buyer picks up at a station, its parcel starts its journey: shipped to the county hub. */
export const shipStationParcelStep = createStep(
  "ship-station-parcel",
  async (orderId: string, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "station.id", "items.*"],
      filters: { id: orderId },
    })
    const stationId = (data[0] as any)?.station?.id as string | undefined
    if (!stationId) return new StepResponse(null, null)
    const weight = (await orderWeightsG(container.resolve(ContainerRegistrationKeys.QUERY), data as any[])).get(orderId) ?? null
    const { parcel, created } = await container.resolve<StationModuleService>(STATION_MODULE).shipParcel(orderId, stationId, weight)
    return new StepResponse(parcel, created ? parcel.id : null)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<StationModuleService>(STATION_MODULE).deleteStationParcels(id)
  }
)
