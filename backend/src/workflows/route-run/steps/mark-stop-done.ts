import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STATION_MODULE } from "../../../modules/station"
import type StationModuleService from "../../../modules/station/service"

type Input = { run_id: string; stop_id: string; user_id: string }

/** Marks the stop done (the run under way or done with it); the parcels its station receives are returned. */
export const markStopDoneStep = createStep("mark-route-stop-done", async ({ run_id, stop_id, user_id }: Input, { container }) => {
  const result = await container.resolve<StationModuleService>(STATION_MODULE).markStopDone(run_id, stop_id, user_id)
  return new StepResponse(result)
})
