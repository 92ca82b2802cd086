import { deleteProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findPackSizeStep, type PackSizeRef } from "./steps/find-pack-size"
import { refreshListingStep } from "./steps/refresh-listing"

// A seller stops selling one pack size; orders keep its name and price in their lines. The last size stays: a
// listing without sizes is withdrawn (status draft), not emptied.
export const removePackSizeWorkflow = createWorkflow("remove-pack-size", (input: PackSizeRef) => {
  const size = findPackSizeStep(input)
  const ids = transform({ size }, ({ size }) => {
    if (size.sizes < 2) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "variant_id: the last size of a listing cannot be removed; withdraw the listing instead")
    return [size.variant_id]
  })
  deleteProductVariantsWorkflow.runAsStep({ input: { ids } })
  refreshListingStep({ product_id: input.product_id })
  return new WorkflowResponse(size)
})
