import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import PartnerModule from "../modules/partner"

// The point a purchase came from, linked to the buyer's order and to each of its seller orders alike: a point has
// many orders, an order one point.
export default defineLink(PartnerModule.linkable.partnerPoint, { linkable: OrderModule.linkable.order, isList: true })
