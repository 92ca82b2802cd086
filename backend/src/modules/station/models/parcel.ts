import { model } from "@medusajs/framework/utils"
import { CashEntry } from "./cash-entry"
import { Station } from "./station"

// A seller order's parcel on its way to the station where the buyer picks it up: shipped by the seller to the county
// hub, on the route run, received at the station, collected. The pickup code is kept only as a hash; wrong tries count.
export const Parcel = model
  .define("station_parcel", {
    id: model.id({ prefix: "spcl" }).primaryKey(),
    order_id: model.text().unique(),
    status: model.enum(["shipped_to_hub", "on_route", "at_station", "collected"]).default("shipped_to_hub"),
    code_hash: model.text().nullable(),
    failed_attempts: model.number().default(0),
    // Its weight as shipped (the order's items), for the route runs' loads; unknown reads as one kilogram.
    weight_g: model.number().nullable(),
    shipped_at: model.dateTime(),
    dispatched_at: model.dateTime().nullable(),
    received_at: model.dateTime().nullable(),
    collected_at: model.dateTime().nullable(),
    // How the buyer proved it was theirs: the pickup code, or the phone's last four digits and an ID check.
    collected_with: model.enum(["code", "phone_and_id"]).nullable(),
    received_by: model.text().nullable(),
    handed_over_by: model.text().nullable(),
    station: model.belongsTo(() => Station, { mappedBy: "parcels" }),
    cash_entries: model.hasMany(() => CashEntry, { mappedBy: "parcel" }),
  })
  .indexes([{ on: ["station_id", "status"] }])

export default Parcel
