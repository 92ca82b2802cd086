import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markStopDoneStep } from "./steps/mark-stop-done"
import { receiveAtStopStep } from "./steps/receive-at-stop"

type Input = { run_id: string; stop_id: string; user_id: string }

/**
 * A driver is done at a stop: leaving the hub puts the run's parcels on the route; at a station, the station receives
 * its parcels (pickup codes to the buyers). One driver's tap at a time per run; a second tap changes nothing.
 */
export const markRouteStopDoneWorkflow = createWorkflow("mark-route-stop-done", (input: Input) => {
  const key = transform({ input }, ({ input }) => `station-route-run:${input.run_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const done = markStopDoneStep(input)
  receiveAtStopStep(transform({ done, input }, ({ done, input }) => ({ stop_id: input.stop_id, receive: done.receive, user_id: input.user_id })))
  releaseLockStep({ key })
  return new WorkflowResponse(done)
})
