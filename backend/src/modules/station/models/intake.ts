import { model } from "@medusajs/framework/utils"
import { CashEntry } from "./cash-entry"
import { Station } from "./station"

// 代销: produce a household brings to its station for a seller that buys it. The seller, the household (the seller
// module's member), the product and the lot it went into are ids behind read-only links (src/links/station-intake-*).
// It keeps all the household ledger will need: who, what, how much, the grade seen, the price and when it is paid.
export const Intake = model
  .define("station_intake", {
    id: model.id({ prefix: "sintk" }).primaryKey(),
    // Printed on the household's receipt: <station code>-<YYYYMMDD>-<NNN>, counted per station and day.
    receipt_number: model.text(),
    // The intake form's own id: a retried POST with it records nothing more.
    client_reference: model.text(),
    seller_id: model.text(),
    member_id: model.text(),
    product_id: model.text(),
    lot_id: model.text().nullable(),
    quantity_kg: model.bigNumber(),
    // The grade the operator saw, of the product's grade standard.
    grade_id: model.text(),
    grade_code: model.text(),
    price_per_kg_fen: model.number(),
    // quantity × price, rounded half up to the fen.
    amount_fen: model.number(),
    currency_code: model.text(),
    // Paid in cash at the station now (a cash-out in its book), or when the seller sells it.
    paid: model.enum(["now", "on_sale"]),
    // The Beijing day it counts on (YYYY-MM-DD).
    day: model.text(),
    recorded_by: model.text(),
    station: model.belongsTo(() => Station, { mappedBy: "intakes" }),
    cash_entries: model.hasMany(() => CashEntry, { mappedBy: "intake" }),
  })
  .indexes([
    { on: ["station_id", "receipt_number"], unique: true },
    { on: ["station_id", "client_reference"], unique: true },
    { on: ["station_id", "day"] },
    { on: ["seller_id"] },
    { on: ["member_id"] },
  ])

export default Intake
