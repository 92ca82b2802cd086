import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import StationModule from "../modules/station"

// The station a buyer chose to pick a seller order up at (checkout's "到站自提"); a station receives many.
export default defineLink(StationModule.linkable.station, { linkable: OrderModule.linkable.order, isList: true })
