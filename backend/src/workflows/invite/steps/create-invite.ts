import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

export const createInviteStep = createStep(
  "create-seller-invite",
  async ({ seller_id, email }: { seller_id: string; email: string }, { container }) => {
    const { invite, token } = await container.resolve<SellerModuleService>(SELLER_MODULE).issueInvite(seller_id, email)
    return new StepResponse({ id: invite.id, email: invite.email, expires_at: invite.expires_at, token }, invite.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<SellerModuleService>(SELLER_MODULE).deleteInvites(id)
  }
)
