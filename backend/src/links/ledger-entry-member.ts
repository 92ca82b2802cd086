import { defineLink } from "@medusajs/framework/utils"
import LedgerModule from "../modules/ledger"
import SellerModule from "../modules/seller"

// Read-only: a ledger entry is one member household's income; the household's personal data stays in its module and
// only the seller's own routes read it through this link.
export default defineLink({ linkable: LedgerModule.linkable.ledgerEntry, field: "member_id" }, SellerModule.linkable.member, { readOnly: true })
