import { createHash, randomBytes } from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"

export const INVITE_DAYS = 7
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex")

export const createInviteStep = createStep(
  "create-seller-invite",
  async ({ seller_id, email }: { seller_id: string; email: string }, { container }) => {
    const token = randomBytes(24).toString("base64url")
    const invite = await container.resolve<SellerModuleService>(SELLER_MODULE).createInvites({
      seller_id,
      email,
      token_hash: hashToken(token),
      expires_at: new Date(Date.now() + INVITE_DAYS * 24 * 3600 * 1000),
    })
    return new StepResponse({ id: invite.id, email: invite.email, expires_at: invite.expires_at, token }, invite.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<SellerModuleService>(SELLER_MODULE).deleteInvites(id)
  }
)
