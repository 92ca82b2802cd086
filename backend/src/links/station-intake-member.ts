import { defineLink } from "@medusajs/framework/utils"
import SellerModule from "../modules/seller"
import StationModule from "../modules/station"

// Read-only: the household that brought an intake is the seller module's member, by id; its personal data stays there
// and only the station's intake routes (masked) and the buying seller's own routes read it through this link.
export default defineLink({ linkable: StationModule.linkable.stationIntake, field: "member_id" }, SellerModule.linkable.member, { readOnly: true })
