import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STATION_MODULE } from "../../../../../modules/station"
import type StationModuleService from "../../../../../modules/station/service"
import { inviteStationUserWorkflow } from "../../../../../workflows/station/invite-station-user"
import type { InviteStationUser } from "../../validators"

// The association invites the station's owner; the answer carries the one-time token to pass on.
export async function POST(req: AuthenticatedMedusaRequest<InviteStationUser>, res: MedusaResponse) {
  await req.scope.resolve<StationModuleService>(STATION_MODULE).retrieveStation(req.params.id, { select: ["id"] })
  const { result } = await inviteStationUserWorkflow(req.scope).run({
    input: { station_id: req.params.id, email: req.validatedBody.email, role: "owner" },
  })
  res.status(201).json({ invite: result })
}
