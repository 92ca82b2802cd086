import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createSellerUserStep } from "../seller/steps/create-seller-user"
import { acceptInviteStep } from "./steps/accept-invite"

export type AcceptInviteInput = {
  auth_identity_id: string
  email: string
  token: string
  first_name?: string
  last_name?: string
}

// A staff member accepts with a fresh seller login: a staff user of the inviting seller, bound to that login.
export const acceptInviteWorkflow = createWorkflow("accept-seller-invite", (input: AcceptInviteInput) => {
  const invite = acceptInviteStep({ token: input.token, email: input.email })
  const staff = createSellerUserStep(
    transform({ invite, input }, ({ invite, input }) => ({
      seller_id: invite.seller_id,
      email: invite.email,
      first_name: input.first_name,
      last_name: input.last_name,
      role: "staff" as const,
    }))
  )
  setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id, actorType: "seller", value: staff.id })
  return new WorkflowResponse(staff)
})
