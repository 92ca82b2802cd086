import { model } from "@medusajs/framework/utils"
import { Purchase } from "./purchase"

// One seller's share of a purchase: the seller order (Medusa's order, linked) holding that seller's items.
export const Share = model.define("share", {
  id: model.id({ prefix: "shr" }).primaryKey(),
  purchase: model.belongsTo(() => Purchase, { mappedBy: "shares" }),
})

export default Share
