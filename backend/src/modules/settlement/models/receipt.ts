import { model } from "@medusajs/framework/utils"

// The buyer has a seller order's goods: confirmed by the buyer, by the village station that handed the parcel over,
// or by the store once the set number of days since shipment passed (auto). Once per order.
export const Receipt = model
  .define("settlement_receipt", {
    id: model.id({ prefix: "setrc" }).primaryKey(),
    seller_id: model.text(),
    order_id: model.text(),
    source: model.enum(["buyer", "auto", "station"]),
    confirmed_at: model.dateTime(),
  })
  .indexes([{ on: ["order_id"], unique: true }])

export default Receipt
