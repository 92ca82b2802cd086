import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type PackSizeRef = { product_id: string; variant_id: string }

/** A size (variant) of the product with its inventory item and its siblings' count; another product's variant is a 400. */
export const findPackSizeStep = createStep("find-pack-size", async ({ product_id, variant_id }: PackSizeRef, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "inventory_items.inventory_item_id"],
    filters: { product_id },
  })
  const variant = variants.find((v) => v.id === variant_id)
  if (!variant) throw new MedusaError(MedusaError.Types.INVALID_DATA, `variant_id: ${variant_id} is not a size of this product`)
  return new StepResponse({
    variant_id,
    inventory_item_id: variant.inventory_items?.[0]?.inventory_item_id as string,
    sizes: variants.length,
  })
})
