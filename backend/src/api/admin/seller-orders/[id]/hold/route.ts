import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { holdSellerOrderWorkflow } from "../../../../../workflows/settlement/payouts"
import { actorOf } from "../../../../payouts"

/** Holds a seller order's money pending (a dispute), with the reason; audited. Holding it again changes nothing. */
export async function POST(req: AuthenticatedMedusaRequest<{ reason: string }>, res: MedusaResponse) {
  const { result } = await holdSellerOrderWorkflow(req.scope).run({
    input: { order_id: req.params.id, reason: req.validatedBody.reason, actor_id: actorOf(req) },
  })
  res.status(result.created ? 201 : 200).json({ hold: result.hold })
}
