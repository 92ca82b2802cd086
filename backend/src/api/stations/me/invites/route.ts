import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { inviteStationUserWorkflow } from "../../../../workflows/station/invite-station-user"
import type { InviteStationUser } from "../../../admin/stations/validators"
import { currentStation } from "../current-station"

// The station's owner invites staff; the answer carries the one-time token to pass on.
export async function POST(req: AuthenticatedMedusaRequest<InviteStationUser>, res: MedusaResponse) {
  const { station, user } = currentStation(req)
  if (user.role !== "owner") throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only the station's owner can invite staff")
  const { result } = await inviteStationUserWorkflow(req.scope).run({ input: { station_id: station.id, email: req.validatedBody.email, role: "staff" } })
  res.status(201).json({ invite: result })
}
