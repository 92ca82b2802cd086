import { defineLink } from "@medusajs/framework/utils"
import FulfillmentModule from "@medusajs/medusa/fulfillment"
import SellerModule from "../modules/seller"

// Each seller's products share one shipping profile, so a cart needs one delivery choice per seller
// and each seller's share of a purchase carries its own shipping method.
export default defineLink(SellerModule.linkable.seller, FulfillmentModule.linkable.shippingProfile)
