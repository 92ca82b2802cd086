import { model } from "@medusajs/framework/utils"

// The association holds a seller order's money (a dispute): while a hold is open the money stays pending, even once
// the buyer has the goods. Releasing the hold lets it become available if the goods were received meanwhile.
export const BalanceHold = model
  .define("settlement_hold", {
    id: model.id({ prefix: "seth" }).primaryKey(),
    seller_id: model.text(),
    order_id: model.text(),
    reason: model.text(),
    held_by: model.text(),
    released_at: model.dateTime().nullable(),
    released_by: model.text().nullable(),
  })
  .indexes([
    // At most one open hold per order.
    { on: ["order_id"], unique: true, where: "released_at IS NULL AND deleted_at IS NULL" },
    { on: ["seller_id"] },
  ])

export default BalanceHold
