import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"
import { hashToken } from "./create-invite"

// Checks the token belongs to an open invitation for this e-mail, and marks it used.
export const acceptInviteStep = createStep(
  "accept-seller-invite",
  async ({ token, email }: { token: string; email: string }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const [invite] = await service.listInvites({ token_hash: hashToken(token) })
    const problem = !invite
      ? "token: no invitation has this token"
      : invite.accepted_at
        ? "token: this invitation was already used"
        : invite.expires_at < new Date()
          ? "token: this invitation has expired"
          : invite.email.toLowerCase() !== email.toLowerCase()
            ? "email: this invitation was sent to another e-mail address"
            : null
    if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    await service.updateInvites({ id: invite.id, accepted_at: new Date() })
    return new StepResponse({ seller_id: invite.seller_id, email: invite.email }, invite.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<SellerModuleService>(SELLER_MODULE).updateInvites({ id, accepted_at: null })
  }
)
