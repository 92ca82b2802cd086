import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import LotModule from "../modules/lot"

// Read-only: a lot is of one listing's product line for good, so the lot's product_id is the link.
export default defineLink({ linkable: LotModule.linkable.lot, field: "product_id" }, ProductModule.linkable.product, { readOnly: true })
