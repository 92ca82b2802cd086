import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { registerSellerWorkflow } from "../../workflows/seller/register-seller"
import { RegisterSeller } from "./validators"

// Called with the token of a fresh `/auth/seller/emailpass/register`: creates the pending seller and its owner.
export async function POST(req: AuthenticatedMedusaRequest<RegisterSeller>, res: MedusaResponse) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This login already belongs to a seller user")
  }
  const { result } = await registerSellerWorkflow(req.scope).run({
    input: { auth_identity_id: req.auth_context.auth_identity_id, ...req.validatedBody },
  })
  res.status(201).json({ seller: result.seller, user: result.owner })
}
