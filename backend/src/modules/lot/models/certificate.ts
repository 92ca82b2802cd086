import { model } from "@medusajs/framework/utils"
import { Lot } from "./lot"

// A compliance certificate (承诺达标合格证) of a lot, as its seller issued it. What it says is copied in at issue
// (product, quantity, producer, origin) and never changes: a correction is a new certificate naming the one it
// supersedes, and both are kept (the regime asks at least two years). A lot has one certificate in force.
export const Certificate = model
  .define("certificate", {
    id: model.id({ prefix: "cert" }).primaryKey(),
    // Printed on the certificate: the lot's code and the number, e.g. SL-2026-0412-03-1.
    number: model.text(),
    product_name: model.text(),
    quantity: model.bigNumber(),
    unit: model.enum(["kg", "unit"]),
    producer_name: model.text(),
    producer_origin: model.text(),
    producer_contact: model.text(),
    issued_at: model.dateTime(),
    // The commitments the producer makes, each affirmed (the regime's four).
    commitments: model.json(),
    // What the commitment rests on, if anything: self_test, commissioned_test, internal_control.
    basis: model.json(),
    supersedes_id: model.text().nullable(),
    correction_reason: model.text().nullable(),
    issued_by: model.text(),
    lot: model.belongsTo(() => Lot, { mappedBy: "certificates" }),
  })
  .indexes([
    // One correction per certificate, and one original per lot: the chain never forks.
    { on: ["supersedes_id"], unique: true, where: "supersedes_id IS NOT NULL" },
    { on: ["lot_id"], unique: true, where: "supersedes_id IS NULL" },
  ])

export default Certificate
