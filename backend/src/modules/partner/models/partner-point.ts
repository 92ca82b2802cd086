import { model } from "@medusajs/framework/utils"
import { PartnerOwner } from "./owner"
import { PartnerOwnerInvite } from "./owner-invite"
import { Scan } from "./scan"

// A place where tourists taste and scan: a scenic spot, a guesthouse (民宿) or another venue. Its shelf (the products it
// serves or shows) is a link to Medusa's products; the orders it brought are a link to Medusa's orders.
export const PartnerPoint = model
  .define("partner_point", {
    id: model.id({ prefix: "ppt" }).primaryKey(),
    // The short code printed in its QR (/p/<code>): lowercase letters, digits and hyphens.
    code: model.text(),
    kind: model.enum(["scenic_spot", "guesthouse", "venue"]),
    name: model.text(),
    name_en: model.text(),
    town: model.text(),
    town_en: model.text(),
    story: model.text().default(""),
    story_en: model.text().default(""),
    // The seller's fee to the point on each attributed seller order, a decimal 0 ≤ rate < 1 set by the association.
    referral_rate: model.text().default("0"),
    active: model.boolean().default(true),
    scans: model.hasMany(() => Scan, { mappedBy: "point" }),
    owners: model.hasMany(() => PartnerOwner, { mappedBy: "point" }),
    invites: model.hasMany(() => PartnerOwnerInvite, { mappedBy: "point" }),
  })
  .indexes([{ on: ["code"], unique: true, where: "deleted_at IS NULL" }])

export default PartnerPoint
