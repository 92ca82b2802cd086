import { defineLink } from "@medusajs/framework/utils"
import LotModule from "../modules/lot"
import SellerModule from "../modules/seller"

// Read-only: a lot is its seller's for good, so the lot's seller_id is the link.
export default defineLink({ linkable: LotModule.linkable.lot, field: "seller_id" }, SellerModule.linkable.seller, { readOnly: true })
