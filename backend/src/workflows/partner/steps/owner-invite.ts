import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PARTNER_MODULE } from "../../../modules/partner"
import type PartnerModuleService from "../../../modules/partner/service"
import { ownerInviteLock } from "../../../modules/partner/service"

const partnersOf = (container: { resolve: <T>(key: string) => T }) => container.resolve<PartnerModuleService>(PARTNER_MODULE)

/** The association's invitation to a point's owner; the answer carries the one-time token. */
export const createOwnerInviteStep = createStep(
  "create-partner-owner-invite",
  async ({ point_id, email }: { point_id: string; email: string }, { container }) => {
    const { invite, token } = await partnersOf(container).issueOwnerInvite(point_id, email)
    return new StepResponse({ id: invite.id as string, email: invite.email, expires_at: invite.expires_at, token }, invite.id as string)
  },
  async (id, { container }) => {
    if (id) await partnersOf(container).deletePartnerOwnerInvites(id)
  }
)

/** Uses the invitation (under its token's lock) and makes the point's owner; undone if a later step fails. */
export const acceptOwnerInviteStep = createStep(
  "accept-partner-owner-invite",
  async ({ token, email }: { token: string; email: string }, { container }) => {
    const { owner, invite_id } = await container
      .resolve(Modules.LOCKING)
      .execute(ownerInviteLock(token), () => partnersOf(container).acceptOwnerInvite(token, email))
    return new StepResponse({ id: owner.id as string, email: owner.email, point_id: (owner as any).point_id as string }, { owner_id: owner.id as string, invite_id })
  },
  async (made, { container }) => {
    if (!made) return
    await partnersOf(container).deletePartnerOwners(made.owner_id)
    await partnersOf(container).updatePartnerOwnerInvites({ id: made.invite_id, accepted_at: null })
  }
)
