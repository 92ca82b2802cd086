import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LOT_MODULE } from "../../modules/lot"
import type LotModuleService from "../../modules/lot/service"
import { checkInspection } from "./steps/check-inspection"

type AttachInput = { seller_id: string; lot_id: string; inspection_id: string }

// Once graded, a lot keeps its inspection: stock already received from it was admitted under that grade.
const attachInspectionStep = createStep(
  "attach-inspection",
  async ({ seller_id, lot_id, inspection_id }: AttachInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "lot",
      fields: ["id", "code", "inspection_id", "product.categories.handle"],
      filters: { id: lot_id, seller_id },
    })
    const lot = data[0] as any
    if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Lot with id: ${lot_id} was not found`)
    if (lot.inspection_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `inspection_id: lot ${lot.code} is already graded by inspection ${lot.inspection_id}`)
    }
    const category = lot.product?.categories?.[0]?.handle ?? ""
    await checkInspection(query, { id: lot.id, seller_id, code: lot.code, category }, inspection_id)
    await container.resolve<LotModuleService>(LOT_MODULE).updateLots({ id: lot_id, inspection_id })
    return new StepResponse(lot_id, lot_id)
  },
  async (lot_id, { container }) => {
    if (lot_id) await container.resolve<LotModuleService>(LOT_MODULE).updateLots({ id: lot_id, inspection_id: null })
  }
)

// The association's inspection of a lot becomes its grade.
export const attachInspectionWorkflow = createWorkflow("attach-lot-inspection", (input: AttachInput) => {
  return new WorkflowResponse(attachInspectionStep(input))
})
