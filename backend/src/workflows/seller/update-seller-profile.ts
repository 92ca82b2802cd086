import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateSellerProfileStep } from "./steps/update-seller-profile"

// A renamed seller's products carry the new name in their catalogue documents.
export const updateSellerProfileWorkflow = createWorkflow(
  "update-seller-profile",
  (input: Parameters<typeof updateSellerProfileStep>[0]) => {
    const seller = updateSellerProfileStep(input)
    const { data: owned } = useQueryGraphStep({ entity: "seller", fields: ["products.id"], filters: { id: input.id } })
    const events = transform({ owned }, ({ owned }) =>
      (owned[0]?.products ?? []).flatMap((product) => (product ? [{ id: product.id }] : []))
    )
    emitEventStep({ eventName: "product.updated", data: events })
    return new WorkflowResponse(seller)
  }
)
