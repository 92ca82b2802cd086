import { model } from "@medusajs/framework/utils"
import { PartnerPoint } from "./partner-point"

// The association's invitation to a point's owner, used once with a fresh partner login; only the token's hash is kept.
export const PartnerOwnerInvite = model.define("partner_owner_invite", {
  id: model.id({ prefix: "pinv" }).primaryKey(),
  email: model.text(),
  token_hash: model.text().unique(),
  accepted_at: model.dateTime().nullable(),
  expires_at: model.dateTime(),
  point: model.belongsTo(() => PartnerPoint, { mappedBy: "invites" }),
})

export default PartnerOwnerInvite
