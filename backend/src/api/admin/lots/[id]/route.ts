import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recallLot } from "../lot"

// A lot with every seller order line it went into and the buyers' purchases those orders belong to.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await recallLot(req.scope, req.params.id))
}
