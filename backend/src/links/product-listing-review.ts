import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ListingReviewModule from "../modules/listing-review"

// Read-only: a product's review is found by the review's product_id, with no link table.
export default defineLink(
  { linkable: ProductModule.linkable.product, field: "id" },
  { ...ListingReviewModule.linkable.listingReview.id, primaryKey: "product_id" },
  { readOnly: true }
)
