import { defineLink } from "@medusajs/framework/utils"
import LedgerModule from "../modules/ledger"
import StationModule from "../modules/station"

// Read-only: the station intake (代销) an entry's income came from (its price, or the balance when its lot sold).
export default defineLink({ linkable: LedgerModule.linkable.ledgerEntry, field: "intake_id" }, StationModule.linkable.stationIntake, { readOnly: true })
