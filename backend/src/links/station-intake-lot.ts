import { defineLink } from "@medusajs/framework/utils"
import LotModule from "../modules/lot"
import StationModule from "../modules/station"

// Read-only: the lot an intake's produce went into at the buying seller.
export default defineLink({ linkable: StationModule.linkable.stationIntake, field: "lot_id" }, LotModule.linkable.lot, { readOnly: true })
