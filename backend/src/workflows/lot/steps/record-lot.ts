import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOT_MODULE } from "../../../modules/lot"
import type LotModuleService from "../../../modules/lot/service"

export type CreateLotInput = {
  seller_id: string
  product_id: string
  code?: string
  kind: "harvest" | "slaughter" | "processing"
  produced_on: Date
  origin: { town: string; village?: string; base?: string }
  quantity: string
  unit: "kg" | "unit"
  storage?: string
  best_before?: Date
  inputs: string[]
  households: { member_id: string; quantity: string }[]
  inspection_id?: string
}

/** Writes the lot and its households' shares; undone by deleting both. */
export const recordLotStep = createStep(
  "record-lot",
  async ({ input, code }: { input: CreateLotInput; code: string }, { container }) => {
    const { origin, households, ...lot } = input
    const created = await container.resolve<LotModuleService>(LOT_MODULE).recordLot(
      { ...lot, ...origin, code, inspection_id: input.inspection_id ?? null },
      households
    )
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<LotModuleService>(LOT_MODULE).deleteLots(id)
  }
)
