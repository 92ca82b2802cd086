import {
  createProductsWorkflow,
  createRemoteLinkStep,
  deleteProductsWorkflow,
  updateProductVariantsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../modules/seller"
import { moveListingStep } from "../listing/steps/move-listing"
import { mergedProduct, MERGE_FIELDS } from "./merged-product"

// One product from a seller's one-size products of one name and grade (listed before pack sizes were variants):
// a new product whose variants keep each old size's inventory item (stock and reservations), prices, SKU and GTIN;
// the approved listing moves over; the old products are deleted. Orders keep their lines' titles and prices.
export const mergePackSizesWorkflow = createWorkflow("merge-pack-sizes", (input: { product_ids: string[] }) => {
  const { data: products } = useQueryGraphStep({ entity: "product", fields: MERGE_FIELDS, filters: { id: input.product_ids } })
  const plan = transform({ products }, ({ products }) => mergedProduct(products as any[]))
  const created = createProductsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ products: [plan.product] })) })
  const productId = transform({ created }, ({ created }) => created[0].id)
  createRemoteLinkStep(
    transform({ plan, productId }, ({ plan, productId }) => [
      { [SELLER_MODULE]: { seller_id: plan.seller_id }, [Modules.PRODUCT]: { product_id: productId } },
    ])
  )
  moveListingStep(
    transform({ plan, productId, input }, ({ plan, productId, input }) => ({
      keep_product_id: plan.keep_product_id,
      drop_product_ids: input.product_ids.filter((id) => id !== plan.keep_product_id),
      to_product_id: productId,
    }))
  )
  deleteProductsWorkflow.runAsStep({ input: { ids: input.product_ids } })
  // SKUs and GTINs are unique among live variants: they move once the old products are gone.
  updateProductVariantsWorkflow.runAsStep({
    input: transform({ plan, created }, ({ plan, created }) => ({
      product_variants: created[0].variants!.map((variant: any) => ({ id: variant.id, ...plan.codes[variant.title] })),
    })),
  })
  return new WorkflowResponse(productId)
})
