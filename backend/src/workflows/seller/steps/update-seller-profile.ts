import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"

type Input = { id: string; name?: string; name_en?: string; story?: string; story_en?: string; village?: string; village_en?: string; logo?: string }

export const updateSellerProfileStep = createStep(
  "update-seller-profile",
  async ({ id, ...changes }: Input, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const before = await service.retrieveSeller(id)
    const previous = Object.fromEntries(Object.keys(changes).map((key) => [key, (before as any)[key]]))
    const updated = await service.updateSellers({ id, ...changes })
    return new StepResponse(updated, { id, ...previous })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<SellerModuleService>(SELLER_MODULE).updateSellers(previous)
  }
)
