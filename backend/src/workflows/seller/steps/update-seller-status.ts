import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import type { SellerStatus } from "../../../modules/seller/service"

export const updateSellerStatusStep = createStep(
  "update-seller-status",
  async ({ id, status }: { id: string; status: SellerStatus }, { container }) => {
    const changed = await container.resolve<SellerModuleService>(SELLER_MODULE).changeStatus(id, status)
    return new StepResponse(changed, { id, status: changed.from })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<SellerModuleService>(SELLER_MODULE).updateSellers(previous)
  }
)
