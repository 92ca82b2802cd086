import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ListingModule from "../modules/listing"

// Read-only, both ways: a product's listing is found by the listing's product_id, with no link table.
export const productListing = defineLink(
  { linkable: ProductModule.linkable.product, field: "id" },
  { ...ListingModule.linkable.listing.id, primaryKey: "product_id" },
  { readOnly: true }
)

export default defineLink(
  { linkable: ListingModule.linkable.listing, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
