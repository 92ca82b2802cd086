import type { MedusaContainer } from "@medusajs/framework/types"
import { STATION_MODULE } from "../../modules/station"
import { RATE_CODES } from "../../modules/station/route-runs"
import type StationModuleService from "../../modules/station/service"

// ILLUSTRATIVE rates of the association's cost model (yuan): a courier's price per parcel in the county (first
// kilogram, each further one) and a van's fixed cost for one run, hub ↔ town or hub ↔ town ↔ villages.
const RATES: Record<string, string> = {
  [RATE_CODES.courier_first_kg]: "8",
  [RATE_CODES.courier_extra_kg]: "2",
  [RATE_CODES.run_town]: "60",
  [RATE_CODES.run_village]: "90",
}

/** Seeds the route rates the association lacks; rates it has set are kept. */
export async function seedRouteRates(container: MedusaContainer) {
  const stations = container.resolve<StationModuleService>(STATION_MODULE)
  const have = new Set((await stations.listStationNetworkRates({ code: Object.keys(RATES) })).map((r) => r.code))
  const missing = Object.entries(RATES).filter(([code]) => !have.has(code))
  if (missing.length) await stations.createStationNetworkRates(missing.map(([code, amount]) => ({ code, amount, currency_code: "cny" })) as any)
}
