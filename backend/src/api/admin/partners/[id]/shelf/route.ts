import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setPartnerShelfWorkflow } from "../../../../../workflows/partner/set-partner-shelf"
import type { SetPartnerShelf } from "../../validators"

/** Replaces the point's shelf with these products (each one the store sells: published, of an active seller). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { product_ids } = req.validatedBody as SetPartnerShelf
  const { result } = await setPartnerShelfWorkflow(req.scope).run({ input: { partner_point_id: req.params.id, product_ids } })
  res.json({ shelf: result })
}
