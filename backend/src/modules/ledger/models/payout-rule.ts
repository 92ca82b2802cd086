import { model } from "@medusajs/framework/utils"

// How a seller pays its households (see rules.ts): a cooperative's surplus return at `rate`, an enterprise's contract
// price per kg, or a household seller's own sales. One per seller; a seller without one has its type's default.
export const PayoutRule = model
  .define("payout_rule", {
    id: model.id({ prefix: "prule" }).primaryKey(),
    seller_id: model.text(),
    kind: model.enum(["surplus_return", "contract_price", "own_sales"]),
    rate: model.text().nullable(),
    price_per_kg_fen: model.number().nullable(),
    set_by: model.text(),
  })
  .indexes([{ on: ["seller_id"], unique: true }])

export default PayoutRule
