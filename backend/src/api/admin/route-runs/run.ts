import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { STATION_MODULE } from "../../../modules/station"
import type StationModuleService from "../../../modules/station/service"

/** One run as its view, or 404. */
export async function oneRun(req: MedusaRequest) {
  const [run] = await req.scope.resolve<StationModuleService>(STATION_MODULE).runViews({ id: req.params.id })
  if (!run) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Route run with id: ${req.params.id} was not found`)
  return run
}
