import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../modules/seller"
import { createListingStep } from "../listing/steps/create-listing"
import { ListingClaim, resolveListingStep } from "./steps/resolve-listing"
import { listingProduct, sizeStockLevels } from "./listing-product"
import type { PackSize } from "./pack-size"

export type SellerProductInput = Omit<ListingClaim, "sizes"> & {
  description?: string
  description_en?: string
  sizes: PackSize[]
}

// A seller's listing: one product per unified name and grade under the name the platform composes, its pack sizes
// as variants, in the store's channel, linked to the seller, delivered with the seller's shipping profile, each
// size's stock kept at the seller's own location. Its listing waits, unpublished, for the association's review.
export const createSellerProductWorkflow = createWorkflow("create-seller-product", (input: SellerProductInput) => {
  const listing = resolveListingStep(input)
  const { data: stores } = useQueryGraphStep({ entity: "store", fields: ["default_sales_channel_id"] })
  const { data: sellers } = useQueryGraphStep({
    entity: "seller",
    fields: ["handle", "stock_location.id", "shipping_profile.id"],
    filters: { id: input.seller_id },
  }).config({ name: "seller-delivery" })
  const products = transform({ input, stores, sellers, listing }, ({ input, stores, sellers, listing }) => {
    const seller = sellers[0] as any
    // One listing per seller, name and grade: two sellers may list the same composed name.
    const handle = `${seller.handle}-${input.name}-${input.grade}`
    const { title, title_en, category_id } = listing
    const facts = { handle, title, title_en, category_id, description: input.description, description_en: input.description_en, sizes: input.sizes }
    return [listingProduct(facts, seller, stores[0].default_sales_channel_id as string)]
  })
  const created = createProductsWorkflow.runAsStep({ input: { products } })
  const links = transform({ created, input }, ({ created, input }) => [
    { [SELLER_MODULE]: { seller_id: input.seller_id }, [Modules.PRODUCT]: { product_id: created[0].id } },
  ])
  createRemoteLinkStep(links)

  const productId = transform({ created }, ({ created }) => created[0].id)
  const { data: variants } = useQueryGraphStep({
    entity: "product_variant",
    fields: ["weight", "inventory_items.inventory_item_id"],
    filters: { product_id: productId },
  }).config({ name: "listing-inventory" })
  const levels = transform({ sellers, variants, input }, ({ sellers, variants, input }) =>
    sizeStockLevels(variants as any[], () => input.sizes, sellers[0] as any)
  )
  createInventoryLevelsWorkflow.runAsStep({ input: { inventory_levels: levels } })
  createListingStep(
    transform({ created, input, listing }, ({ created, input, listing }) => ({
      ...listing.listing,
      product_id: created[0].id,
      seller_id: input.seller_id,
    }))
  )
  return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
})
