import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PARTNER_MODULE } from "../../../../../modules/partner"
import type PartnerModuleService from "../../../../../modules/partner/service"
import { inviteOwnerWorkflow } from "../../../../../workflows/partner/owner-invite"
import type { InviteOwner } from "../../../../partners/validators"

// The association invites the point's owner; the answer carries the one-time token to pass on (valid 7 days).
export async function POST(req: AuthenticatedMedusaRequest<InviteOwner>, res: MedusaResponse) {
  const [point] = await req.scope.resolve<PartnerModuleService>(PARTNER_MODULE).listPartnerPoints({ id: req.params.id })
  if (!point) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Partner point ${req.params.id} was not found`)
  const { result } = await inviteOwnerWorkflow(req.scope).run({ input: { point_id: point.id, email: req.validatedBody.email } })
  res.status(201).json({ invite: result })
}
