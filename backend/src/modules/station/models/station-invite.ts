import { model } from "@medusajs/framework/utils"
import { Station } from "./station"

// An invitation to run a station: the association invites its owner, the owner its staff. Only the token's hash is kept.
export const StationInvite = model.define("station_invite", {
  id: model.id({ prefix: "stninv" }).primaryKey(),
  email: model.text(),
  role: model.enum(["owner", "staff"]),
  token_hash: model.text().unique(),
  accepted_at: model.dateTime().nullable(),
  expires_at: model.dateTime(),
  station: model.belongsTo(() => Station, { mappedBy: "invites" }),
})

export default StationInvite
