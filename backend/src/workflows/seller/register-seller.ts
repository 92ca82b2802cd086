import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createSellerStep, CreateSellerInput } from "./steps/create-seller"
import { createSellerUserStep } from "./steps/create-seller-user"

export type RegisterSellerInput = {
  auth_identity_id: string
  seller: CreateSellerInput
  user: { email: string; first_name?: string | null; last_name?: string | null }
}

// Registration: a pending seller, its owner, and the owner's login bound to the "seller" actor.
export const registerSellerWorkflow = createWorkflow("register-seller", (input: RegisterSellerInput) => {
  const seller = createSellerStep(input.seller)
  const ownerInput = transform({ input, seller }, ({ input, seller }) => ({
    ...input.user,
    seller_id: seller.id,
    role: "owner" as const,
  }))
  const owner = createSellerUserStep(ownerInput)
  setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id, actorType: "seller", value: owner.id })
  return new WorkflowResponse({ seller, owner })
})
