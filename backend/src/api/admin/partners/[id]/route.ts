import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PARTNER_MODULE } from "../../../../modules/partner"
import type PartnerModuleService from "../../../../modules/partner/service"
import type { UpdatePartnerPoint } from "../validators"

/** Edits a point's names, story, town, referral rate or whether it is active. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const partners = req.scope.resolve<PartnerModuleService>(PARTNER_MODULE)
  const [known] = await partners.listPartnerPoints({ id: req.params.id })
  if (!known) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Partner point ${req.params.id} was not found`)
  const point = await partners.updatePartnerPoints({ id: known.id, ...(req.validatedBody as UpdatePartnerPoint) })
  res.json({ partner: point })
}
