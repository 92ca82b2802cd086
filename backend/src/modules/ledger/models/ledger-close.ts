import { model } from "@medusajs/framework/utils"

// A seller's month, closed: its entries are settled figures, and anything posted later counts in a later month.
// One per seller and month (the unique index makes two closes at once one).
export const LedgerClose = model
  .define("ledger_close", {
    id: model.id({ prefix: "lclose" }).primaryKey(),
    seller_id: model.text(),
    month: model.text(),
    closed_by: model.text(),
  })
  .indexes([{ on: ["seller_id", "month"], unique: true }])

export default LedgerClose
