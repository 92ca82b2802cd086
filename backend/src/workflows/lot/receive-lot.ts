import { acquireLockStep, adjustInventoryLevelsStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LOT_MODULE } from "../../modules/lot"
import type LotModuleService from "../../modules/lot/service"
import { checkReceiptStep, type ReceiveInput } from "./steps/check-receipt"

const createReceiptStep = createStep(
  "create-lot-receipt",
  async (receipt: { lot_id: string; variant_id: string; packs: number; quantity: string }, { container }) => {
    const created = await container.resolve<LotModuleService>(LOT_MODULE).createLotReceipts(receipt as any)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<LotModuleService>(LOT_MODULE).deleteLotReceipts(id)
  }
)

// Packs made from a lot go on sale: the receipt is kept on the lot and the size's stock at the seller's location grows
// by as many packs (its inventory-level event re-indexes the product). One receipt per lot at a time, so two at once
// cannot both take the last of it.
export const receiveLotWorkflow = createWorkflow("receive-lot", (input: ReceiveInput) => {
  const key = transform({ input }, ({ input }) => `lot:${input.lot_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 60 })
  const checked = checkReceiptStep(input)
  const receipt = createReceiptStep(transform({ checked }, ({ checked }) => checked.receipt))
  adjustInventoryLevelsStep(transform({ checked }, ({ checked }) => [checked.level]))
  releaseLockStep({ key })
  return new WorkflowResponse(receipt)
})
