import { defineLink } from "@medusajs/framework/utils"
import CartModule from "@medusajs/medusa/cart"
import PartnerModule from "../modules/partner"

// The partner point scan a cart counts for (the later of two within the window): a cart has one, a scan may reach
// several carts of the same buyer. Checkout reads it to attribute the purchase.
export default defineLink({ linkable: CartModule.linkable.cart, isList: true }, PartnerModule.linkable.partnerScan)
