import { model } from "@medusajs/framework/utils"
import { Seller } from "./seller"

// A person who works for a seller, logging in as the "seller" actor; the owner invites staff.
export const SellerUser = model.define("seller_user", {
  id: model.id({ prefix: "selusr" }).primaryKey(),
  email: model.text().unique(),
  first_name: model.text().nullable(),
  last_name: model.text().nullable(),
  role: model.enum(["owner", "staff"]).default("staff"),
  seller: model.belongsTo(() => Seller, { mappedBy: "users" }),
})

export default SellerUser
