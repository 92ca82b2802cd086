import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STATION_MODULE } from "../../../modules/station"
import { type Capacity, groupIntoRuns, type NetworkStation } from "../../../modules/station/route-runs"
import type StationModuleService from "../../../modules/station/service"
import type { DayConsignment } from "./gather-consignments"

type Input = { day: string; capacity: Capacity; consignments: DayConsignment[]; stations: NetworkStation[] }

/** Groups the day's consignments into runs and puts them in place of the day's planned runs; undone, the old plan is back. */
export const savePlanStep = createStep(
  "save-route-plan",
  async ({ day, capacity, consignments, stations }: Input, { container }) => {
    const service = container.resolve<StationModuleService>(STATION_MODULE)
    const plan = stations.some((s) => s.kind === "county_hub") ? groupIntoRuns(consignments, stations, capacity) : { runs: [], too_heavy: [] }
    const undo = await service.replacePlannedRuns(day, plan.runs, capacity)
    return new StepResponse({ too_heavy: plan.too_heavy.map((c) => ({ kind: c.kind, ref_id: c.ref_id, code: c.code, weight_g: c.weight_g })) }, undo)
  },
  async (undo, { container }) => {
    if (undo) await container.resolve<StationModuleService>(STATION_MODULE).undoReplacePlannedRuns(undo)
  }
)
