import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"

export type SellerStatus = "pending" | "active" | "suspended"

// The association approves a pending seller, suspends an active one, and reinstates a suspended one.
const ALLOWED: Record<SellerStatus, SellerStatus[]> = {
  pending: ["active"],
  active: ["suspended"],
  suspended: ["active"],
}

export const updateSellerStatusStep = createStep(
  "update-seller-status",
  async ({ id, status }: { id: string; status: SellerStatus }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const seller = await service.retrieveSeller(id)
    const from = seller.status as SellerStatus
    if (!ALLOWED[from].includes(status)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: a ${from} seller cannot become ${status}`)
    }
    const updated = await service.updateSellers({ id, status })
    return new StepResponse({ seller: updated, from }, { id, status: from })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<SellerModuleService>(SELLER_MODULE).updateSellers(previous)
  }
)
