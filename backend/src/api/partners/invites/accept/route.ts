import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { acceptOwnerInviteWorkflow } from "../../../../workflows/partner/owner-invite"
import { loginEmail } from "../../../vendors/login-email"
import type { AcceptOwnerInvite } from "../../validators"

// A fresh partner login of the invited e-mail becomes the point's owner (checked against the invitation).
export async function POST(req: AuthenticatedMedusaRequest<AcceptOwnerInvite>, res: MedusaResponse) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This login already belongs to a partner point's owner")
  }
  const email = await loginEmail(req)
  const { result } = await acceptOwnerInviteWorkflow(req.scope).run({
    input: { token: req.validatedBody.token, auth_identity_id: req.auth_context.auth_identity_id, email },
  })
  res.status(201).json({ owner: { id: result.id, email: result.email } })
}
