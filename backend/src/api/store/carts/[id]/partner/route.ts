import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { attachCartScanWorkflow } from "../../../../../workflows/partner/attach-cart-scan"
import type { CartPartnerBody } from "../../../partners/validators"

/** The buyer's scan goes onto the cart (the later scan within the window wins); answers the point the cart counts for. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const { scan_id } = req.validatedBody as CartPartnerBody
  const { result: winner } = await attachCartScanWorkflow(req.scope).run({ input: { cart_id: req.params.id, scan_id } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [point] } = winner
    ? await query.graph({ entity: "partner_point", fields: ["code", "name", "name_en"], filters: { id: winner.point_id } })
    : { data: [null] }
  res.json({ partner: point ? { ...point, scan_id: winner!.id, scanned_at: winner!.scanned_at } : null })
}
