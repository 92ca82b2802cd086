import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { registerSellerWorkflow } from "../../workflows/seller/register-seller"
import { loginEmail, sameEmail } from "./login-email"
import { RegisterSeller } from "./validators"

// Called with the token of a fresh `/auth/seller/emailpass/register`: creates the pending seller and its owner.
// The owner is that login, so nobody can register a seller under another person's address (e.g. an invited one).
export async function POST(req: AuthenticatedMedusaRequest<RegisterSeller>, res: MedusaResponse) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This login already belongs to a seller user")
  }
  const email = await loginEmail(req)
  const { seller, user } = req.validatedBody
  if (user.email && !sameEmail(user.email, email)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "user.email: must be the e-mail address of the login that registers")
  }
  const { result } = await registerSellerWorkflow(req.scope).run({
    input: { auth_identity_id: req.auth_context.auth_identity_id, seller, user: { ...user, email } },
  })
  res.status(201).json({ seller: result.seller, user: result.owner })
}
