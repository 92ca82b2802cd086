import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../modules/seller"
import { createListingsStep } from "../listing/steps/create-listings"
import { packSizeVariant, SIZE_OPTION } from "../seller-product/pack-size"
import { productHandle, type SheetListing } from "./work"

type Input = { seller_id: string; listings: SheetListing[] }

const listingOf = (input: Input, seller: any, handle: string) => input.listings.find((l) => productHandle(seller, l.code) === handle)!

// A batch of new listings from a seller's sheet, made as create-seller-product makes one (its name and grade already
// judged by the listing module when the file was checked): products in the store's channel under the seller's
// shipping profile, linked to the seller, each size stocked at the seller's location, each listing waiting for review.
export const createImportedListingsWorkflow = createWorkflow("create-imported-listings", (input: Input) => {
  const { data: stores } = useQueryGraphStep({ entity: "store", fields: ["default_sales_channel_id"] })
  const { data: sellers } = useQueryGraphStep({
    entity: "seller",
    fields: ["handle", "stock_location.id", "shipping_profile.id"],
    filters: { id: input.seller_id },
  }).config({ name: "import-seller-delivery" })
  const products = transform({ input, stores, sellers }, ({ input, stores, sellers }) =>
    input.listings.map((listing) => ({
      title: listing.title,
      handle: productHandle(sellers[0] as any, listing.code),
      description: listing.description,
      status: "draft" as const,
      category_ids: [listing.category_id],
      shipping_profile_id: (sellers[0] as any).shipping_profile.id as string,
      sales_channels: [{ id: stores[0].default_sales_channel_id as string }],
      metadata: { title_en: listing.title_en, description_en: listing.description_en },
      options: [{ title: SIZE_OPTION, values: listing.sizes.map((size) => packSizeVariant(size).title) }],
      variants: listing.sizes.map(packSizeVariant),
    }))
  )
  const created = createProductsWorkflow.runAsStep({ input: { products } })
  createRemoteLinkStep(
    transform({ created, input }, ({ created, input }) =>
      created.map((product) => ({ [SELLER_MODULE]: { seller_id: input.seller_id }, [Modules.PRODUCT]: { product_id: product.id } }))
    )
  )
  const { data: variants } = useQueryGraphStep({
    entity: "product_variant",
    fields: ["weight", "product_id", "inventory_items.inventory_item_id"],
    filters: { product_id: transform({ created }, ({ created }) => created.map((p) => p.id)) },
  }).config({ name: "import-inventory" })
  const levels = transform({ sellers, variants, created, input }, ({ sellers, variants, created, input }) => {
    const byProduct = new Map(created.map((product) => [product.id, listingOf(input, sellers[0], product.handle)]))
    return variants.map((variant: any) => ({
      location_id: (sellers[0] as any).stock_location.id as string,
      inventory_item_id: variant.inventory_items[0].inventory_item_id as string,
      stocked_quantity: byProduct.get(variant.product_id)!.sizes.find((s) => s.net_weight_g === Number(variant.weight))!.stock,
    }))
  })
  createInventoryLevelsWorkflow.runAsStep({ input: { inventory_levels: levels } })
  createListingsStep(
    transform({ created, input, sellers }, ({ created, input, sellers }) =>
      created.map((product) => ({ ...listingOf(input, sellers[0], product.handle).listing, product_id: product.id, seller_id: input.seller_id }))
    )
  )
  return new WorkflowResponse(transform({ created }, ({ created }) => created.map((p) => p.id)))
})
