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
import { listingProduct, sizeStockLevels } from "../seller-product/listing-product"
import { productHandle, type SheetListing } from "./work"

type Input = { seller_id: string; listings: SheetListing[] }

const listingOf = (input: Input, seller: any, handle: string) => input.listings.find((l) => productHandle(seller, l.code) === handle)!

// A batch of new listings from a seller's sheet, each made as create-seller-product makes one (listing-product.ts),
// its name and grade already judged by the listing module when the file was checked: linked to the seller, each
// size stocked at the seller's location, each listing waiting for review.
export const createImportedListingsWorkflow = createWorkflow("create-imported-listings", (input: Input) => {
  const { data: stores } = useQueryGraphStep({ entity: "store", fields: ["default_sales_channel_id"] })
  const { data: sellers } = useQueryGraphStep({
    entity: "seller",
    fields: ["handle", "stock_location.id", "shipping_profile.id"],
    filters: { id: input.seller_id },
  }).config({ name: "import-seller-delivery" })
  const products = transform({ input, stores, sellers }, ({ input, stores, sellers }) =>
    input.listings.map((listing) =>
      listingProduct({ ...listing, handle: productHandle(sellers[0] as any, listing.code) }, sellers[0] as any, stores[0].default_sales_channel_id as string)
    )
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
    return sizeStockLevels(variants as any[], (variant) => byProduct.get(variant.product_id)!.sizes, sellers[0] as any)
  })
  createInventoryLevelsWorkflow.runAsStep({ input: { inventory_levels: levels } })
  createListingsStep(
    transform({ created, input, sellers }, ({ created, input, sellers }) =>
      created.map((product) => ({ ...listingOf(input, sellers[0], product.handle).listing, product_id: product.id, seller_id: input.seller_id }))
    )
  )
  return new WorkflowResponse(transform({ created }, ({ created }) => created.map((p) => p.id)))
})
