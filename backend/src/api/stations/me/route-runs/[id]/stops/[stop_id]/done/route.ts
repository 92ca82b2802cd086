import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markRouteStopDoneWorkflow } from "../../../../../../../../workflows/route-run/mark-stop-done"
import { oneRun } from "../../../../../../../admin/route-runs/run"
import { hubStation } from "../../../../hub"

// The driver is done at this stop: leaving the hub, or having handed its parcels to the stop's station.
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { user } = hubStation(req)
  await markRouteStopDoneWorkflow(req.scope).run({ input: { run_id: req.params.id, stop_id: req.params.stop_id, user_id: user.id } })
  res.json({ run: await oneRun(req) })
}
