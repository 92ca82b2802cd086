import { model } from "@medusajs/framework/utils"
import { Certificate } from "./certificate"
import { LotAllocation } from "./lot-allocation"
import { LotReceipt } from "./lot-receipt"
import { LotSupply } from "./lot-supply"

// A lot (batch) of one listing's product line: what a recall addresses. Owned by one seller and one product for
// good, so both are plain ids behind read-only links (no link table to keep in step). Its grade is the grade the
// association's inspection computed; inspection_id stays empty until one is attached.
export const Lot = model
  .define("lot", {
    id: model.id({ prefix: "lot" }).primaryKey(),
    seller_id: model.text(),
    product_id: model.text(),
    // Printed on the package and in the GS1 Digital Link (AI 10: at most 20 characters), e.g. SL-2026-0412-03.
    code: model.text(),
    kind: model.enum(["harvest", "slaughter", "processing"]),
    // The harvest, slaughter or processing day (midnight UTC of that day).
    produced_on: model.dateTime(),
    town: model.text(),
    village: model.text().nullable(),
    // A base or plot within the village.
    base: model.text().nullable(),
    quantity: model.bigNumber(),
    unit: model.enum(["kg", "unit"]),
    storage: model.text().nullable(),
    best_before: model.dateTime().nullable(),
    // Inputs the seller declares it used (fertilisers, feed, treatments), as it words them.
    inputs: model.json(),
    status: model.enum(["active", "withdrawn"]).default("active"),
    // A recall: when, why and by whom (a seller user's or the association's user id; the audit log says which) the lot
    // was withdrawn. Set once: withdrawing again changes nothing.
    withdrawn_at: model.dateTime().nullable(),
    withdrawal_reason: model.text().nullable(),
    withdrawn_by: model.text().nullable(),
    inspection_id: model.text().nullable(),
    supplies: model.hasMany(() => LotSupply, { mappedBy: "lot" }),
    receipts: model.hasMany(() => LotReceipt, { mappedBy: "lot" }),
    certificates: model.hasMany(() => Certificate, { mappedBy: "lot" }),
    allocations: model.hasMany(() => LotAllocation, { mappedBy: "lot" }),
  })
  .cascades({ delete: ["supplies", "receipts"] })
  .indexes([{ on: ["seller_id", "code"], unique: true }, { on: ["product_id"] }])

export default Lot
