import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { STATION_MODULE } from "../../modules/station"
import type StationModuleService from "../../modules/station/service"

type Input = { station_id: string; amount: string; currency_code: string; user_id: string; note?: string | null }

const remitStep = createStep(
  "remit-station-cash",
  async ({ station_id, amount, currency_code, user_id, note }: Input, { container }) => {
    const entry = await container.resolve<StationModuleService>(STATION_MODULE).remit(station_id, amount, currency_code, user_id, note)
    return new StepResponse(entry, entry.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<StationModuleService>(STATION_MODULE).deleteStationCashEntries(id)
  }
)

// The station hands cash on to the association: a remittance in its cash book, one at a time per station.
export const recordRemittanceWorkflow = createWorkflow("record-station-remittance", (input: Input) => {
  const key = transform({ input }, ({ input }) => `station-cash:${input.station_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 60 })
  const entry = remitStep(input)
  releaseLockStep({ key })
  return new WorkflowResponse(entry)
})
