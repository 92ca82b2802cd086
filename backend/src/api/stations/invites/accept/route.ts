import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { acceptStationInviteWorkflow } from "../../../../workflows/station/accept-station-invite"
import { loginEmail } from "../../../vendors/login-email"
import type { AcceptInvite } from "../../../vendors/validators"

// A fresh station login (`/auth/station/emailpass/register`) accepts the invitation sent to its e-mail address.
export async function POST(req: AuthenticatedMedusaRequest<AcceptInvite>, res: MedusaResponse) {
  if (req.auth_context.actor_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, "This login already belongs to a station user")
  const email = await loginEmail(req)
  const { result } = await acceptStationInviteWorkflow(req.scope).run({
    input: { ...req.validatedBody, auth_identity_id: req.auth_context.auth_identity_id, email },
  })
  res.status(201).json({ user: result })
}
