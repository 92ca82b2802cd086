import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STATION_MODULE } from "../../../../modules/station"
import { DEFAULT_CAPACITY } from "../../../../modules/station/route-runs"
import type StationModuleService from "../../../../modules/station/service"
import { planRouteRunsWorkflow } from "../../../../workflows/route-run/plan-route-runs"
import type { PlanRouteRuns } from "../validators"

// The association plans a day: the day's planned runs are replaced (or kept, when the plan is the same).
export async function POST(req: AuthenticatedMedusaRequest<PlanRouteRuns>, res: MedusaResponse) {
  const { day, capacity = DEFAULT_CAPACITY } = req.validatedBody
  const { result } = await planRouteRunsWorkflow(req.scope).run({ input: { day, capacity } })
  const runs = await req.scope.resolve<StationModuleService>(STATION_MODULE).runViews({ day })
  res.json({ day, runs, count: runs.length, too_heavy: result.too_heavy })
}
