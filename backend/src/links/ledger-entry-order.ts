import { defineLink } from "@medusajs/framework/utils"
import LedgerModule from "../modules/ledger"
import OrderModule from "@medusajs/medusa/order"

// Read-only: the seller order whose shipped line an entry's income came from.
export default defineLink({ linkable: LedgerModule.linkable.ledgerEntry, field: "order_id" }, OrderModule.linkable.order, { readOnly: true })
