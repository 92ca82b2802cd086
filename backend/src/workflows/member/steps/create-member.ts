import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { encryptPersonal } from "../../../lib/personal-data"
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
  async ({ id_number, ...member }: CreateMemberInput, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const created = await service.createMembers({
      ...member,
      id_number_encrypted: encryptPersonal(id_number),
      id_number_last4: id_number.slice(-4),
    })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<SellerModuleService>(SELLER_MODULE).deleteMembers(id)
  }
)
