import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeSellerStatusWorkflow } from "../../../../../workflows/seller/change-seller-status"
import type { SellerStatusBody } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<SellerStatusBody>, res: MedusaResponse) {
  const { result: seller } = await changeSellerStatusWorkflow(req.scope).run({
    input: { id: req.params.id, status: req.validatedBody.status, actor_id: req.auth_context.actor_id },
  })
  res.json({ seller })
}
