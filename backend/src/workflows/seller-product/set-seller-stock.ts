import { updateInventoryLevelsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findPackSizeStep } from "./steps/find-pack-size"
import { refreshListingStep } from "./steps/refresh-listing"

// Sets one pack size's stock at its seller's location, searchable once answered (refresh-listing).
export const setSellerStockWorkflow = createWorkflow(
  "set-seller-stock",
  (input: { seller_id: string; product_id: string; variant_id: string; stock: number }) => {
    const size = findPackSizeStep(input)
    const { data: sellers } = useQueryGraphStep({
      entity: "seller",
      fields: ["stock_location.id"],
      filters: { id: input.seller_id },
    })
    const updates = transform({ sellers, size, input }, ({ sellers, size, input }) => [
      {
        location_id: (sellers[0] as any).stock_location.id as string,
        inventory_item_id: size.inventory_item_id,
        stocked_quantity: input.stock,
      },
    ])
    const levels = updateInventoryLevelsWorkflow.runAsStep({ input: { updates } })
    refreshListingStep({ product_id: input.product_id })
    return new WorkflowResponse(levels)
  }
)
