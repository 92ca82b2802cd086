import { model } from "@medusajs/framework/utils"
import { Station } from "./station"

// 代购: an order a station's operator placed for a villager with no phone or account (its purchase is `order_id`). The
// villager's name and phone are protected personal data of that purchase: the phone is sealed (lib/sealed.ts), and
// only its station (and the association) reads them. The pickup code given at placement is kept only as a hash.
export const AssistedOrder = model
  .define("station_assisted_order", {
    id: model.id({ prefix: "sasd" }).primaryKey(),
    // The purchase (the order the villager's cart became); read-only link, like a parcel's seller order.
    order_id: model.text().unique(),
    idempotency_key: model.text(),
    villager_name: model.text(),
    villager_phone_sealed: model.text(),
    villager_phone_last4: model.text(),
    code_hash: model.text(),
    placed_by: model.text(),
    station: model.belongsTo(() => Station, { mappedBy: "assisted_orders" }),
  })
  .indexes([{ on: ["station_id", "idempotency_key"], unique: true }])

export default AssistedOrder
