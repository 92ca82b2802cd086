import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { currentStation } from "../current-station"

/** The hub's users drive the runs; any other station is refused (its parcels reach it through the hub's runs). */
export function hubStation(req: MedusaRequest) {
  const current = currentStation(req)
  if (current.station.kind !== "county_hub") throw new MedusaError(MedusaError.Types.FORBIDDEN, "station: only the county hub's drivers see and mark route runs")
  return current
}
