import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STATION_MODULE } from "../../../../modules/station"
import type StationModuleService from "../../../../modules/station/service"

// What the runs from..to saved against a courier per parcel, by day and by month.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { from, to } = req.validatedQuery as { from: string; to: string }
  res.json(await req.scope.resolve<StationModuleService>(STATION_MODULE).savings(from, to))
}
