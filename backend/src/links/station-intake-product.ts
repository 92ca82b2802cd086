import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import StationModule from "../modules/station"

// Read-only: an intake is produce of one of the buying seller's product lines, for good.
export default defineLink({ linkable: StationModule.linkable.stationIntake, field: "product_id" }, ProductModule.linkable.product, { readOnly: true })
