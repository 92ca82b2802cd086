import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STATION_MODULE } from "../../../modules/station"
import type StationModuleService from "../../../modules/station/service"
import { receiveParcelWorkflow } from "../../station/receive-parcel"

type Input = { stop_id: string; receive: string[]; user_id: string }

/** The stop's station receives its parcels through the station's own receive flow (the buyer gets the pickup code). */
export const receiveAtStopStep = createStep("receive-parcels-at-stop", async ({ stop_id, receive, user_id }: Input, { container }) => {
  if (!receive.length) return new StepResponse(0)
  const stop = await container.resolve<StationModuleService>(STATION_MODULE).retrieveStationRouteStop(stop_id)
  for (const parcel_id of receive) {
    await receiveParcelWorkflow(container).run({ input: { parcel_id, station_id: stop.station_id, user_id } })
  }
  return new StepResponse(receive.length)
})
