import { defineLink } from "@medusajs/framework/utils"
import LotModule from "../modules/lot"
import SellerModule from "../modules/seller"

// Read-only: a household's share of a lot names the member by id; the member's personal data stays in its module
// and only the seller's own routes read it through this link.
export default defineLink(
  { linkable: LotModule.linkable.lotSupply, field: "member_id" },
  SellerModule.linkable.member,
  { readOnly: true }
)
