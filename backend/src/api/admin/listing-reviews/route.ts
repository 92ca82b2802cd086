import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewQueue } from "./queue"
import type { ListReviewsQuery } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await reviewQueue(req.scope, req.validatedQuery as unknown as ListReviewsQuery))
}
