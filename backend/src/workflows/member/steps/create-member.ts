import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"

export type CreateMemberInput = {
  seller_id: string
  name: string
  village: string
  phone?: string | null
  id_number: string
  poor_household: boolean
  joined_at: Date
}

export const createMemberStep = createStep(
  "create-member",
  async (member: CreateMemberInput, { container }) => {
    const created = await container.resolve<SellerModuleService>(SELLER_MODULE).addMember(member)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<SellerModuleService>(SELLER_MODULE).deleteMembers(id)
  }
)
