import { model } from "@medusajs/framework/utils"

// The association's review of one listing (product). A new listing, and an approved one whose grade or price
// left its band, waits as "pending" and stays out of the store until approved; a rejection carries its reason.
// Every decision's history is in the audit log; this row is the listing's current state.
export const ListingReview = model
  .define("listing_review", {
    id: model.id({ prefix: "lrev" }).primaryKey(),
    product_id: model.text().unique(),
    seller_id: model.text(),
    status: model.enum(["pending", "approved", "rejected"]).default("pending"),
    reason: model.text().nullable(),
    // What the listing claims, as submitted: grade code, the standard version it was graded under, price per kg.
    claimed_grade: model.text(),
    standard_id: model.text().nullable(),
    submitted_at: model.dateTime(),
    decided_at: model.dateTime().nullable(),
    decided_by: model.text().nullable(),
  })
  .indexes([{ on: ["status", "submitted_at"] }, { on: ["seller_id"] }])

export default ListingReview
