import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { Capacity } from "../../modules/station/route-runs"
import { gatherConsignmentsStep } from "./steps/gather-consignments"
import { savePlanStep } from "./steps/save-plan"

// One planner at a time for the whole network: a consignment rides one run of any day, so two days' plans must not race.
export const ROUTE_PLAN_LOCK = "station-route-runs:plan"

/**
 * The association plans a day: every consignment moving that day (parcels at the hub, sellers' orders to collect)
 * grouped into route runs in place of the day's planned ones. Runs under way or done are the drivers' and stay.
 */
export const planRouteRunsWorkflow = createWorkflow("plan-route-runs", (input: { day: string; capacity: Capacity }) => {
  acquireLockStep({ key: ROUTE_PLAN_LOCK, timeout: 60, ttl: 120 })
  const gathered = gatherConsignmentsStep(input.day)
  const saved = savePlanStep(transform({ input, gathered }, ({ input, gathered }) => ({ ...input, ...gathered })))
  releaseLockStep({ key: ROUTE_PLAN_LOCK })
  return new WorkflowResponse(saved)
})
