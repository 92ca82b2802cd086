import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { namedBatch } from "../../../payouts"

/** A batch with its items, each naming its seller (accounts masked). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ batch: await namedBatch(req.scope, req.params.id) })
}
