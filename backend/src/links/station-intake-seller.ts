import { defineLink } from "@medusajs/framework/utils"
import SellerModule from "../modules/seller"
import StationModule from "../modules/station"

// Read-only: an intake (代销) is bought for one seller for good, so its seller_id is the link.
export default defineLink({ linkable: StationModule.linkable.stationIntake, field: "seller_id" }, SellerModule.linkable.seller, { readOnly: true })
