import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { currentStation } from "../current-station"
import { intakeViews } from "./view"

/** One of the station's own intakes; another station's reads as not found. */
export async function ownIntake(req: AuthenticatedMedusaRequest) {
  const { station } = currentStation(req)
  const [intake] = await intakeViews(req.scope.resolve(ContainerRegistrationKeys.QUERY), { id: req.params.id, station_id: station.id }, "masked")
  if (!intake) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Intake with id: ${req.params.id} was not found`)
  return intake
}
