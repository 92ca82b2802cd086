import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PARTNER_MODULE } from "../../../../../modules/partner"
import { posterFontAvailable, POSTER_FONT, renderPoster } from "../../../../../modules/partner/poster"
import type PartnerModuleService from "../../../../../modules/partner/service"
import type { PosterQuery } from "../../validators"

// Where the QR code leads: the storefront's scan address for the point (storefront/src/app/p/[code]), at the address
// buyers' phones reach (STOREFRONT_PUBLIC_URL; STOREFRONT_URL may be an internal one, as in docker-compose).
const storefrontUrl = () => (process.env.STOREFRONT_PUBLIC_URL || process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")

/** The point's printable poster (A5) or table card (A6) as a PDF, with the QR code of /p/<code>. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { format } = req.validatedQuery as PosterQuery
  const [point] = await req.scope.resolve<PartnerModuleService>(PARTNER_MODULE).listPartnerPoints({ id: req.params.id })
  if (!point) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Partner point ${req.params.id} was not found`)
  if (!posterFontAvailable()) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `The poster's Chinese font is missing (${POSTER_FONT}); install fonts-wqy-microhei or set POSTER_FONT`)
  }
  const pdf = await renderPoster(point as any, `${storefrontUrl()}/p/${point.code}`, format)
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${point.code}-${format}.pdf"`)
  res.send(pdf)
}
