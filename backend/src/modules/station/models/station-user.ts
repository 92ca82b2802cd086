import { model } from "@medusajs/framework/utils"
import { Station } from "./station"

// A person who runs a station, logging in as the "station" actor: its owner, or staff the owner invites.
export const StationUser = model.define("station_user", {
  id: model.id({ prefix: "stnusr" }).primaryKey(),
  email: model.text().unique(),
  first_name: model.text().nullable(),
  last_name: model.text().nullable(),
  role: model.enum(["owner", "staff"]).default("staff"),
  station: model.belongsTo(() => Station, { mappedBy: "users" }),
})

export default StationUser
