import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acceptOwnerInviteStep, createOwnerInviteStep } from "./steps/owner-invite"

export const PARTNER_ACTOR = "partner"

// The association invites a point's owner by e-mail.
export const inviteOwnerWorkflow = createWorkflow("invite-partner-owner", (input: { point_id: string; email: string }) => {
  return new WorkflowResponse(createOwnerInviteStep(input))
})

// The owner accepts with a fresh partner login of the invited e-mail, which from then on is that point's owner.
export const acceptOwnerInviteWorkflow = createWorkflow(
  "accept-partner-owner-invite",
  (input: { auth_identity_id: string; email: string; token: string }) => {
    const owner = acceptOwnerInviteStep({ token: input.token, email: input.email })
    setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id, actorType: PARTNER_ACTOR, value: owner.id })
    return new WorkflowResponse(owner)
  }
)
