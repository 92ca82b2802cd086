import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PARTNER_MODULE } from "../../../../../modules/partner"
import type PartnerModuleService from "../../../../../modules/partner/service"
import { ATTRIBUTION_DAYS } from "../../../../../modules/partner/rules"

/**
 * A scan of the point's QR code: the storefront's /p/<code> records one and keeps its id in the buyer's cookie for
 * the attribution window; the buyer's cart carries it to checkout (POST /store/carts/:id/partner).
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const scan = await req.scope.resolve<PartnerModuleService>(PARTNER_MODULE).recordScan(req.params.code)
  const expires = new Date(new Date(scan.scanned_at).getTime() + ATTRIBUTION_DAYS * 24 * 3600_000)
  res.status(201).json({ scan: { id: scan.id, code: scan.code, scanned_at: scan.scanned_at, expires_at: expires } })
}
