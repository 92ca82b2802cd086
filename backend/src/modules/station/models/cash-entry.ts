import { model } from "@medusajs/framework/utils"
import { Intake } from "./intake"
import { Parcel } from "./parcel"
import { Station } from "./station"

// The station's cash book: cash received from buyers at hand-over (one entry per parcel), cash remitted, and cash
// paid out to households for their produce (代销 paid now, one entry per intake).
export const CashEntry = model
  .define("station_cash_entry", {
    id: model.id({ prefix: "scash" }).primaryKey(),
    kind: model.enum(["received", "remitted", "paid_out"]),
    amount: model.bigNumber(),
    currency_code: model.text(),
    // The day in Beijing it counts on (YYYY-MM-DD), so a day's book is one lookup.
    day: model.text(),
    note: model.text().nullable(),
    recorded_by: model.text(),
    station: model.belongsTo(() => Station, { mappedBy: "cash_entries" }),
    parcel: model.belongsTo(() => Parcel, { mappedBy: "cash_entries" }).nullable(),
    intake: model.belongsTo(() => Intake, { mappedBy: "cash_entries" }).nullable(),
  })
  .indexes([
    { on: ["station_id", "day"] },
    { on: ["parcel_id"], unique: true, where: "parcel_id IS NOT NULL" },
    { on: ["intake_id"], unique: true, where: "intake_id IS NOT NULL" },
  ])

export default CashEntry
