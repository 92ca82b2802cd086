import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PARTNER_MODULE } from "../../../modules/partner"
import type PartnerModuleService from "../../../modules/partner/service"

/** The point the logged-in owner runs; every /partners/me route is scoped to it. */
export async function currentPoint(req: AuthenticatedMedusaRequest) {
  const partners = req.scope.resolve<PartnerModuleService>(PARTNER_MODULE)
  const [owner] = await partners.listPartnerOwners({ id: req.auth_context.actor_id }, { relations: ["point"] })
  if (!(owner as any)?.point) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  return { owner: { id: owner.id as string, email: owner.email }, point: (owner as any).point }
}
