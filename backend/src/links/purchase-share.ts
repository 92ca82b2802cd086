import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import PurchaseModule from "../modules/purchase"

// A seller order is one share of a purchase (whose seller it is: the seller ↔ order link).
export default defineLink(PurchaseModule.linkable.share, OrderModule.linkable.order)
