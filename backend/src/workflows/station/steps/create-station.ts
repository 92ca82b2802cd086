import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STATION_MODULE } from "../../../modules/station"
import type StationModuleService from "../../../modules/station/service"

export type CreateStationInput = {
  code: string
  kind: "county_hub" | "town" | "village"
  parent_id?: string | null
  name: string
  name_en: string
  town: string
  town_en: string
  village?: string | null
  village_en?: string | null
  address: string
  hours: string
  operator_name: string
  offers_pickup?: boolean
  offers_parcel_collection?: boolean
  offers_buy_for?: boolean
  offers_sell_for?: boolean
  offers_cash?: boolean
}

export const createStationStep = createStep(
  "create-station",
  async (input: CreateStationInput, { container }) => {
    const service = container.resolve<StationModuleService>(STATION_MODULE)
    await service.checkPlacement(input)
    const station = await service.createStations(input as any)
    return new StepResponse(station, station.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<StationModuleService>(STATION_MODULE).deleteStations(id)
  }
)
