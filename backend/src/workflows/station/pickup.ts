import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** What stops a station from taking a buyer's parcels, or null: it must exist, be active, offer pickup, and be a town's or a village's. */
export async function pickupStationProblem(container: MedusaContainer, stationId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "station",
    fields: ["id", "code", "kind", "status", "offers_pickup"],
    filters: { id: stationId },
  })
  const station: any = data[0]
  if (!station) return "data.station_id: no station has this id"
  if (station.status !== "active") return `data.station_id: station ${station.code} is not taking parcels now; choose another`
  if (!station.offers_pickup || station.kind === "county_hub") return `data.station_id: station ${station.code} does not offer pickup`
  return null
}

/** Pure: the pickup station a shipping method names (in its data), if any. */
export const methodStation = (method: { data?: Record<string, unknown> | null } | null | undefined) =>
  typeof method?.data?.station_id === "string" ? (method.data.station_id as string) : null
