import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"

export type CreateSellerUserInput = {
  seller_id: string
  email: string
  first_name?: string | null
  last_name?: string | null
  role: "owner" | "staff"
}

export const createSellerUserStep = createStep(
  "create-seller-user",
  async (input: CreateSellerUserInput, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const user = await service.createSellerUsers(input)
    return new StepResponse(user, user.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<SellerModuleService>(SELLER_MODULE).deleteSellerUsers(id)
  }
)
