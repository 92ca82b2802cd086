import { model } from "@medusajs/framework/utils"
import { AssistedOrder } from "./assisted-order"
import { CashEntry } from "./cash-entry"
import { Intake } from "./intake"
import { Parcel } from "./parcel"
import { StationInvite } from "./station-invite"
import { StationUser } from "./station-user"

// A service station of the county's network: the county hub in Fengshan, one per town, and village stations in
// existing shops, canteens and recycling points. Each has its parent (village → town → county hub).
export const Station = model
  .define("station", {
    id: model.id({ prefix: "stn" }).primaryKey(),
    code: model.text().unique(),
    kind: model.enum(["county_hub", "town", "village"]),
    name: model.text(),
    name_en: model.text(),
    town: model.text(),
    town_en: model.text(),
    village: model.text().nullable(),
    village_en: model.text().nullable(),
    address: model.text(),
    hours: model.text(),
    // The services it offers: parcels to pick up, parcels to send, 代购 (buying for villagers), 代销 (selling for
    // them), and cash payment at hand-over.
    offers_pickup: model.boolean().default(true),
    offers_parcel_collection: model.boolean().default(true),
    offers_buy_for: model.boolean().default(false),
    offers_sell_for: model.boolean().default(false),
    offers_cash: model.boolean().default(true),
    // Who runs it, as the association names it (a shop, a canteen); its logins are its users.
    operator_name: model.text(),
    status: model.enum(["active", "suspended"]).default("active"),
    parent: model.belongsTo(() => Station, { mappedBy: "children" }).nullable(),
    children: model.hasMany(() => Station, { mappedBy: "parent" }),
    users: model.hasMany(() => StationUser, { mappedBy: "station" }),
    invites: model.hasMany(() => StationInvite, { mappedBy: "station" }),
    parcels: model.hasMany(() => Parcel, { mappedBy: "station" }),
    cash_entries: model.hasMany(() => CashEntry, { mappedBy: "station" }),
    assisted_orders: model.hasMany(() => AssistedOrder, { mappedBy: "station" }),
    intakes: model.hasMany(() => Intake, { mappedBy: "station" }),
  })
  .indexes([{ on: ["town", "kind"] }, { on: ["status"] }])

export default Station
