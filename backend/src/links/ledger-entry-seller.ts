import { defineLink } from "@medusajs/framework/utils"
import LedgerModule from "../modules/ledger"
import SellerModule from "../modules/seller"

// Read-only: an entry is its seller's for good.
export default defineLink({ linkable: LedgerModule.linkable.ledgerEntry, field: "seller_id" }, SellerModule.linkable.seller, { readOnly: true })
