import { model } from "@medusajs/framework/utils"
import { Seller } from "./seller"

// A household that supplies a cooperative. Personal data: only the seller and the association read it.
// The ID number is kept encrypted, with its last four characters for display as a mask.
export const Member = model.define("member", {
  id: model.id({ prefix: "mem" }).primaryKey(),
  name: model.text(),
  village: model.text(),
  phone: model.text().nullable(),
  id_number_encrypted: model.text(),
  id_number_last4: model.text(),
  poor_household: model.boolean().default(false),
  joined_at: model.dateTime(),
  seller: model.belongsTo(() => Seller, { mappedBy: "members" }),
})

export default Member
