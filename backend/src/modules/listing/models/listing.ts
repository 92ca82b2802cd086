import { model } from "@medusajs/framework/utils"

// One sellable product as the association sees it: what it claims (the unified name it was composed from, its
// grade under a standard version, its net weight) and where its review stands. A new listing, and an approved one
// an edit sends back (see the service's triggers), waits as "pending" and stays out of the store until approved;
// a rejection carries its reason. Every decision's history is in the audit log; this row is the current state.
export const Listing = model
  .define("listing", {
    id: model.id({ prefix: "lst" }).primaryKey(),
    product_id: model.text().unique(),
    seller_id: model.text(),
    name_code: model.text(),
    grade_code: model.text(),
    grade_id: model.text(),
    standard_id: model.text(),
    standard_version: model.number(),
    status: model.enum(["pending", "approved", "rejected"]).default("pending"),
    reason: model.text().nullable(),
    submitted_at: model.dateTime(),
    decided_at: model.dateTime().nullable(),
    decided_by: model.text().nullable(),
  })
  .indexes([{ on: ["status", "submitted_at"] }, { on: ["seller_id"] }])

export default Listing
