import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { beijingDay } from "../../../../modules/station/rules"
import { recordIntakeWorkflow } from "../../../../workflows/station/record-intake"
import { currentStation } from "../current-station"
import type { CreateIntake } from "./validators"
import { intakeViews } from "./view"

// One Beijing day of the station's intakes (today by default), newest first.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { station } = currentStation(req)
  const day = (req.validatedQuery as { date?: string }).date ?? beijingDay(new Date())
  const intakes = await intakeViews(req.scope.resolve(ContainerRegistrationKeys.QUERY), { station_id: station.id, day }, "masked")
  res.json({ day, intakes })
}

// Records an intake (201), or answers the one a retry with the same client_reference recorded (200).
export async function POST(req: AuthenticatedMedusaRequest<CreateIntake>, res: MedusaResponse) {
  const { station, user } = currentStation(req)
  const place = { id: station.id, code: station.code, town: station.town as string, village: (station.village as string | null) ?? null }
  const { result } = await recordIntakeWorkflow(req.scope).run({ input: { ...req.validatedBody, station: place, user_id: user.id } })
  const [intake] = await intakeViews(req.scope.resolve(ContainerRegistrationKeys.QUERY), { id: result.id, station_id: station.id }, "masked")
  res.status(result.created ? 201 : 200).json({ intake })
}
