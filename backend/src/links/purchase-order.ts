import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import PurchaseModule from "../modules/purchase"

// The order the buyer placed and paid for is the purchase; its seller orders hang off it in the purchase module.
export default defineLink(PurchaseModule.linkable.purchase, OrderModule.linkable.order)
