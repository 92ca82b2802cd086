import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { acceptInviteWorkflow } from "../../../../workflows/invite/accept-invite"
import type { AcceptInvite } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<AcceptInvite>, res: MedusaResponse) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This login already belongs to a seller user")
  }
  const identity = await req.scope.resolve(Modules.AUTH).retrieveAuthIdentity(req.auth_context.auth_identity_id, {
    relations: ["provider_identities"],
  })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id ?? ""
  const { result } = await acceptInviteWorkflow(req.scope).run({
    input: { ...req.validatedBody, auth_identity_id: identity.id, email },
  })
  res.status(201).json({ user: result })
}
