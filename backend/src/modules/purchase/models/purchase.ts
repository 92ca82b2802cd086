import { model } from "@medusajs/framework/utils"
import { Share } from "./share"

// A buyer's purchase: Medusa's order the buyer paid for (linked), split into one share per seller.
export const Purchase = model.define("purchase", {
  id: model.id({ prefix: "pur" }).primaryKey(),
  shares: model.hasMany(() => Share, { mappedBy: "purchase" }),
})

export default Purchase
