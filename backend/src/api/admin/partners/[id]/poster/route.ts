import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PARTNER_MODULE } from "../../../../../modules/partner"
import { cjkFontAvailable, missingFontMessage } from "../../../../../lib/print/cjk-font"
import { publicStorefrontUrl } from "../../../../../lib/print/public-url"
import { renderPoster } from "../../../../../modules/partner/poster"
import type PartnerModuleService from "../../../../../modules/partner/service"
import type { PosterQuery } from "../../validators"

/** The point's printable poster (A5) or table card (A6) as a PDF, with the QR code of the storefront's /p/<code>. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { format } = req.validatedQuery as PosterQuery
  const [point] = await req.scope.resolve<PartnerModuleService>(PARTNER_MODULE).listPartnerPoints({ id: req.params.id })
  if (!point) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Partner point ${req.params.id} was not found`)
  if (!cjkFontAvailable()) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, missingFontMessage("The poster"))
  const pdf = await renderPoster(point as any, `${publicStorefrontUrl()}/p/${point.code}`, format)
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${point.code}-${format}.pdf"`)
  res.send(pdf)
}
