import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { acceptInviteWorkflow } from "../../../../workflows/invite/accept-invite"
import { loginEmail } from "../../login-email"
import type { AcceptInvite } from "../../validators"

// Only the login whose e-mail was invited may accept (checked against the invitation in the workflow).
export async function POST(req: AuthenticatedMedusaRequest<AcceptInvite>, res: MedusaResponse) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This login already belongs to a seller user")
  }
  const email = await loginEmail(req)
  const { result } = await acceptInviteWorkflow(req.scope).run({
    input: { ...req.validatedBody, auth_identity_id: req.auth_context.auth_identity_id, email },
  })
  res.status(201).json({ user: result })
}
