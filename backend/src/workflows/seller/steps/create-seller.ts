import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"

export type CreateSellerInput = {
  handle: string
  name: string
  name_en: string
  type: "cooperative" | "enterprise" | "household"
  town: string
  town_en: string
  village?: string | null
  village_en?: string | null
  story?: string | null
  story_en?: string | null
  credit_code?: string | null
}

// A registered seller waits for the association's approval before it can sell.
export const createSellerStep = createStep(
  "create-seller",
  async (input: CreateSellerInput, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const seller = await service.createSellers({ ...input, status: "pending" })
    return new StepResponse(seller, seller.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<SellerModuleService>(SELLER_MODULE).deleteSellers(id)
  }
)
