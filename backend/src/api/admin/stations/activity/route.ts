import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STATION_MODULE } from "../../../../modules/station"
import { beijingWeekStart } from "../../../../modules/station/route-runs"
import type StationModuleService from "../../../../modules/station/service"

// The network's activity this week (from Monday, Beijing): each station's parcels waiting, received and collected.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const since = beijingWeekStart(new Date())
  const stations = await req.scope.resolve<StationModuleService>(STATION_MODULE).stationActivity(since)
  res.json({ since: since.toISOString(), stations })
}
