import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import StationModule from "../modules/station"

// Read-only: a parcel is one seller order's for good, so the parcel's order_id is the link.
export default defineLink({ linkable: StationModule.linkable.stationParcel, field: "order_id" }, OrderModule.linkable.order, { readOnly: true })
