import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STATION_MODULE } from "../../../modules/station"
import type StationModuleService from "../../../modules/station/service"

type Input = { station_id: string; idempotency_key: string; villager: { name: string; phone: string }; placed_by: string; purchase_id: string }

/**
 * 代购: the villager's record of the purchase just placed, linked to it, with the pickup code returned this once.
 * Undone (record and link) if anything after it fails, so no purchase keeps a villager it was not placed for.
 */
export const recordAssistedOrderStep = createStep(
  "record-assisted-order",
  async ({ purchase_id, ...input }: Input, { container }) => {
    const { record, code } = await container.resolve<StationModuleService>(STATION_MODULE).recordAssistedOrder(input)
    const link = { [STATION_MODULE]: { station_assisted_order_id: record.id }, [Modules.ORDER]: { order_id: purchase_id } }
    await container.resolve(ContainerRegistrationKeys.LINK).create(link)
    return new StepResponse({ id: record.id, code }, { id: record.id, link })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(undo.link)
    await container.resolve<StationModuleService>(STATION_MODULE).deleteStationAssistedOrders(undo.id)
  }
)
