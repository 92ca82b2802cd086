import { model } from "@medusajs/framework/utils"
import { Invite } from "./invite"
import { Member } from "./member"
import { SellerUser } from "./seller-user"

// A producer selling under the county brand: a farmer cooperative, a leading enterprise or a household.
export const Seller = model
  .define("seller", {
    id: model.id({ prefix: "sel" }).primaryKey(),
    handle: model.text().unique().searchable(),
    name: model.text().searchable(),
    name_en: model.text(),
    story: model.text().nullable(),
    story_en: model.text().nullable(),
    type: model.enum(["cooperative", "enterprise", "household"]),
    town: model.text(),
    town_en: model.text(),
    village: model.text().nullable(),
    village_en: model.text().nullable(),
    credit_code: model.text().nullable(),
    logo: model.text().nullable(),
    status: model.enum(["pending", "active", "suspended"]).default("pending"),
    users: model.hasMany(() => SellerUser, { mappedBy: "seller" }),
    members: model.hasMany(() => Member, { mappedBy: "seller" }),
    invites: model.hasMany(() => Invite, { mappedBy: "seller" }),
  })
  // One seller per unified social credit code (kept normalised by the service); households have none.
  .indexes([{ on: ["status"] }, { on: ["credit_code"], unique: true, where: "credit_code IS NOT NULL" }])

export default Seller
