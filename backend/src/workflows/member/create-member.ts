import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createMemberStep, CreateMemberInput } from "./steps/create-member"

export const createMemberWorkflow = createWorkflow("create-member", (input: CreateMemberInput) => {
  return new WorkflowResponse(createMemberStep(input))
})
