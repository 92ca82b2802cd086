import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import StationModule from "../modules/station"

// 代购: the purchase a station placed for a villager, and the villager's record (one each way).
export default defineLink(StationModule.linkable.stationAssistedOrder, OrderModule.linkable.order)
