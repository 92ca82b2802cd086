import { model } from "@medusajs/framework/utils"

// One import: the listings still to make or change (`work`, checked when the file arrived), the rows that failed
// (`errors`, row by row) and how far the worker is. The portal polls it, so the progress survives a page reload.
export const ListingImport = model
  .define("listing_import", {
    id: model.id({ prefix: "limp" }).primaryKey(),
    seller_id: model.text(),
    file_name: model.text(),
    status: model.enum(["queued", "running", "done", "failed"]).default("queued"),
    total: model.number(),
    processed: model.number().default(0),
    imported: model.number().default(0),
    failed: model.number().default(0),
    work: model.json(),
    errors: model.json(),
    finished_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["seller_id"] }])

export default ListingImport
