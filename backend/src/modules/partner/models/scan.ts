import { model } from "@medusajs/framework/utils"
import { PartnerPoint } from "./partner-point"

// One opening of a point's page from its QR code. The buyer's cookie holds the scan's id, so the attribution window
// runs from the time recorded here, not from anything the browser says.
export const Scan = model
  .define("partner_scan", {
    id: model.id({ prefix: "pscan" }).primaryKey(),
    point: model.belongsTo(() => PartnerPoint, { mappedBy: "scans" }),
    scanned_at: model.dateTime(),
  })
  .indexes([{ on: ["scanned_at"] }])

export default Scan
