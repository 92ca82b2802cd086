import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STATION_MODULE } from "../../../modules/station"
import type StationModuleService from "../../../modules/station/service"

type Input = { station_id: string; idempotency_key: string; villager: { name: string; phone: string }; placed_by: string; purchase_id: string }

/**
 * 代购: the villager's record of the purchase just placed, with the pickup code returned this once.
 * Undone if anything after it fails, so no purchase keeps a villager it was not placed for.
 */
export const recordAssistedOrderStep = createStep(
  "record-assisted-order",
  async ({ purchase_id, ...input }: Input, { container }) => {
    const { record, code } = await container.resolve<StationModuleService>(STATION_MODULE).recordAssistedOrder({ ...input, order_id: purchase_id })
    return new StepResponse({ id: record.id, code }, record.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<StationModuleService>(STATION_MODULE).deleteStationAssistedOrders(id)
  }
)
