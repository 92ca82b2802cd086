import { model } from "@medusajs/framework/utils"

// The association's payout rules (one row): days after shipment when a seller order's money becomes available
// without the buyer's confirmation, and the least available balance a payout batch pays (fen, CNY).
export const PayoutSettings = model.define("settlement_payout_settings", {
  id: model.id({ prefix: "setps" }).primaryKey(),
  release_after_days: model.number(),
  minimum_payout: model.bigNumber(),
})

export default PayoutSettings
