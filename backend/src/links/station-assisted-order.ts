import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import StationModule from "../modules/station"

// 代购: the purchase a station placed for a villager. Read-only, like a parcel's: the record is that purchase's for good.
export default defineLink({ linkable: StationModule.linkable.stationAssistedOrder, field: "order_id" }, OrderModule.linkable.order, { readOnly: true })
