import { updateInventoryLevelsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

// Sets a listing's stock at its seller's location; its inventory-level.updated refreshes its catalogue document.
export const setSellerStockWorkflow = createWorkflow(
  "set-seller-stock",
  (input: { seller_id: string; product_id: string; stock: number }) => {
    const { data: sellers } = useQueryGraphStep({
      entity: "seller",
      fields: ["stock_location.id"],
      filters: { id: input.seller_id },
    })
    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["inventory_items.inventory_item_id"],
      filters: { product_id: input.product_id },
    }).config({ name: "listing-inventory" })
    const updates = transform({ sellers, variants, input }, ({ sellers, variants, input }) =>
      variants.map((variant) => ({
        location_id: (sellers[0] as any).stock_location.id as string,
        inventory_item_id: variant.inventory_items![0]!.inventory_item_id as string,
        stocked_quantity: input.stock,
      }))
    )
    const levels = updateInventoryLevelsWorkflow.runAsStep({ input: { updates } })
    return new WorkflowResponse(levels)
  }
)
