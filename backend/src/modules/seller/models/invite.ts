import { model } from "@medusajs/framework/utils"
import { Seller } from "./seller"

// An owner's invitation to a staff member; only the token's hash is kept.
export const Invite = model.define("seller_invite", {
  id: model.id({ prefix: "selinv" }).primaryKey(),
  email: model.text(),
  token_hash: model.text().unique(),
  accepted_at: model.dateTime().nullable(),
  expires_at: model.dateTime(),
  seller: model.belongsTo(() => Seller, { mappedBy: "invites" }),
})

export default Invite
