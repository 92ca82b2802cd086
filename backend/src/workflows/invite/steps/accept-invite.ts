import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

export const acceptInviteStep = createStep(
  "accept-seller-invite",
  async ({ token, email }: { token: string; email: string }, { container }) => {
    const invite = await container.resolve<SellerModuleService>(SELLER_MODULE).acceptInvite(token, email)
    return new StepResponse({ seller_id: invite.seller_id, email: invite.email }, invite.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<SellerModuleService>(SELLER_MODULE).updateInvites({ id, accepted_at: null })
  }
)
