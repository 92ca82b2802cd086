import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STATION_MODULE } from "../../../../modules/station"
import { beijingDay } from "../../../../modules/station/rules"
import type StationModuleService from "../../../../modules/station/service"
import { hubStation } from "./hub"

// The day's runs (today in Beijing unless asked) for the hub's drivers, stop by stop.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  hubStation(req)
  const day = (req.validatedQuery as { day?: string }).day ?? beijingDay(new Date())
  const runs = await req.scope.resolve<StationModuleService>(STATION_MODULE).runViews({ day })
  res.json({ day, runs, count: runs.length })
}
