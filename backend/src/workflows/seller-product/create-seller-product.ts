import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../modules/seller"

export type SellerProductInput = {
  seller_id: string
  title: string
  title_en: string
  description?: string
  description_en?: string
  category_id: string
  grade: { code: string; zh: string; en: string }
  net_weight_g: number
  price_cny: number
  stock: number
}

// A seller's listing: one product with one variant, in the store's channel, linked to the seller,
// delivered with the seller's shipping profile, its stock kept at the seller's own location.
export const createSellerProductWorkflow = createWorkflow("create-seller-product", (input: SellerProductInput) => {
  const { data: stores } = useQueryGraphStep({ entity: "store", fields: ["default_sales_channel_id"] })
  const { data: sellers } = useQueryGraphStep({
    entity: "seller",
    fields: ["stock_location.id", "shipping_profile.id"],
    filters: { id: input.seller_id },
  }).config({ name: "seller-delivery" })
  const products = transform({ input, stores, sellers }, ({ input, stores, sellers }) => {
    const size = input.net_weight_g < 1000 ? `${input.net_weight_g}g` : `${input.net_weight_g / 1000}kg`
    const label = `${input.grade.zh} ${size}`
    return [
      {
        title: input.title,
        description: input.description,
        status: "published" as const,
        category_ids: [input.category_id],
        shipping_profile_id: (sellers[0] as any).shipping_profile.id as string,
        sales_channels: [{ id: stores[0].default_sales_channel_id as string }],
        weight: input.net_weight_g,
        metadata: {
          title_en: input.title_en,
          description_en: input.description_en,
          grade: input.grade.code,
          grade_zh: input.grade.zh,
          grade_en: input.grade.en,
          net_weight_g: input.net_weight_g,
        },
        options: [{ title: "规格 Size", values: [label] }],
        variants: [{ title: label, options: { "规格 Size": label }, prices: [{ currency_code: "cny", amount: input.price_cny }] }],
      },
    ]
  })
  const created = createProductsWorkflow.runAsStep({ input: { products } })
  const links = transform({ created, input }, ({ created, input }) => [
    { [SELLER_MODULE]: { seller_id: input.seller_id }, [Modules.PRODUCT]: { product_id: created[0].id } },
  ])
  createRemoteLinkStep(links)

  const productId = transform({ created }, ({ created }) => created[0].id)
  const { data: variants } = useQueryGraphStep({
    entity: "product_variant",
    fields: ["inventory_items.inventory_item_id"],
    filters: { product_id: productId },
  }).config({ name: "listing-inventory" })
  const levels = transform({ sellers, variants, input }, ({ sellers, variants, input }) => [
    {
      location_id: (sellers[0] as any).stock_location.id as string,
      inventory_item_id: variants[0].inventory_items![0]!.inventory_item_id as string,
      stocked_quantity: input.stock,
    },
  ])
  createInventoryLevelsWorkflow.runAsStep({ input: { inventory_levels: levels } })
  return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
})
