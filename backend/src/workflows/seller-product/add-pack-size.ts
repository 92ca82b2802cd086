import {
  createInventoryLevelsWorkflow,
  createProductVariantsWorkflow,
  setProductProductOptionsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { packSizeVariant, SIZE_OPTION, type PackSize } from "./pack-size"

type Input = { seller_id: string; product_id: string; size: PackSize }

// A new pack size of a listed product: its weight becomes a value of the product's size option, then a variant
// with its price, GTIN and stock at the seller's location. The listing rules (band, re-review) ran before it.
export const addPackSizeWorkflow = createWorkflow("add-pack-size", (input: Input) => {
  const { data: products } = useQueryGraphStep({ entity: "product", fields: ["options.id", "options.title"], filters: { id: input.product_id } })
  const variant = transform({ input }, ({ input }) => packSizeVariant(input.size))
  setProductProductOptionsWorkflow.runAsStep({
    input: transform({ products, variant, input }, ({ products, variant, input }) => ({
      product_id: input.product_id,
      update: [{ product_option_id: (products[0] as any).options.find((o: any) => o.title === SIZE_OPTION).id, add: [{ value: variant.title }] }],
    })),
  })
  const created = createProductVariantsWorkflow.runAsStep({
    input: transform({ variant, input }, ({ variant, input }) => ({ product_variants: [{ ...variant, product_id: input.product_id }] })),
  })
  const { data: sellers } = useQueryGraphStep({ entity: "seller", fields: ["stock_location.id"], filters: { id: input.seller_id } }).config({ name: "seller-location" })
  const { data: items } = useQueryGraphStep({
    entity: "product_variant",
    fields: ["inventory_items.inventory_item_id"],
    filters: { id: transform({ created }, ({ created }) => created.map((v: any) => v.id as string)) },
  }).config({ name: "new-size-inventory" })
  createInventoryLevelsWorkflow.runAsStep({
    input: transform({ sellers, items, input }, ({ sellers, items, input }) => ({
      inventory_levels: [{
        location_id: (sellers[0] as any).stock_location.id as string,
        inventory_item_id: items[0].inventory_items![0]!.inventory_item_id as string,
        stocked_quantity: input.size.stock,
      }],
    })),
  })
  return new WorkflowResponse(created)
})
