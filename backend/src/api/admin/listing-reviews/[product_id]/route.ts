import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideListingWorkflow } from "../../../../workflows/listing/decide-listing"
import type { DecideListing } from "../validators"

export async function POST(req: AuthenticatedMedusaRequest<DecideListing>, res: MedusaResponse) {
  const { result } = await decideListingWorkflow(req.scope).run({
    input: { ...req.validatedBody, product_id: req.params.product_id, actor_id: req.auth_context.actor_id },
  })
  res.json({ review: result })
}
