import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { releaseSellerOrderHoldWorkflow } from "../../../../../workflows/settlement/payouts"
import { actorOf } from "../../../../payouts"

/** Ends the order's hold; audited. Its money becomes available if the buyer has the goods by now. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await releaseSellerOrderHoldWorkflow(req.scope).run({ input: { order_id: req.params.id, actor_id: actorOf(req) } })
  res.json({ hold: result.hold, released: result.released })
}
