import { model } from "@medusajs/framework/utils"
import { PartnerPoint } from "./partner-point"

// A person who runs a point (a guesthouse's family, a spot's shop) and logs in as the "partner" actor to see that
// point's scans, orders and referral earnings, and nothing else.
export const PartnerOwner = model.define("partner_owner", {
  id: model.id({ prefix: "pown" }).primaryKey(),
  email: model.text().unique(),
  point: model.belongsTo(() => PartnerPoint, { mappedBy: "owners" }),
})

export default PartnerOwner
