import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STATION_MODULE } from "../../../modules/station"
import type StationModuleService from "../../../modules/station/service"

// A day's route runs with their stops and loads, in the day's order.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { day } = req.validatedQuery as { day: string }
  const runs = await req.scope.resolve<StationModuleService>(STATION_MODULE).runViews({ day })
  res.json({ day, runs, count: runs.length })
}
