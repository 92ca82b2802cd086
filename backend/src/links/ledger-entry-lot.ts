import { defineLink } from "@medusajs/framework/utils"
import LedgerModule from "../modules/ledger"
import LotModule from "../modules/lot"

// Read-only: the lot an entry's income came from (its sale, or its contract purchase).
export default defineLink({ linkable: LedgerModule.linkable.ledgerEntry, field: "lot_id" }, LotModule.linkable.lot, { readOnly: true })
