import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInviteStep } from "./steps/create-invite"

export const inviteStaffWorkflow = createWorkflow("invite-seller-staff", (input: { seller_id: string; email: string }) => {
  return new WorkflowResponse(createInviteStep(input))
})
