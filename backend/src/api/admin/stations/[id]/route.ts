import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeStationStatusWorkflow } from "../../../../workflows/station/change-station-status"
import type { StationStatusBody } from "../validators"

// Suspends a station or reinstates it.
export async function POST(req: AuthenticatedMedusaRequest<StationStatusBody>, res: MedusaResponse) {
  const { result: station } = await changeStationStatusWorkflow(req.scope).run({
    input: { id: req.params.id, status: req.validatedBody.status, actor_id: req.auth_context.actor_id },
  })
  res.json({ station })
}
