import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import SellerModule from "../modules/seller"

// A seller's orders: its share of each purchase that holds its products.
export default defineLink(SellerModule.linkable.seller, { linkable: OrderModule.linkable.order, isList: true })
