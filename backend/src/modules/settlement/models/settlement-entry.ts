import { model } from "@medusajs/framework/utils"

// One money movement on a seller order: its sale, or a refund of part of it. Amounts are exact decimals (fen);
// fee_rate is the rate the sale was charged at, kept so later rate changes never rewrite past statements.
// Seller and orders live in other modules: plain ids here, as Medusa's order keeps customer_id.
export const SettlementEntry = model
  .define("settlement_entry", {
    id: model.id({ prefix: "setl" }).primaryKey(),
    seller_id: model.text(),
    order_id: model.text(),
    purchase_order_id: model.text().nullable(),
    kind: model.enum(["sale", "refund"]),
    // "sale" for the sale; the refund's own reference (a cancellation or return id) for a refund.
    reference: model.text(),
    currency_code: model.text(),
    amount: model.bigNumber(),
    // On a sale, the fee charged; on a refund, the part of that fee given back.
    fee: model.bigNumber(),
    fee_rate: model.text(),
    occurred_at: model.dateTime(),
  })
  .indexes([
    // Recording the same sale or refund twice changes nothing.
    { on: ["order_id", "kind", "reference"], unique: true },
    { on: ["seller_id", "occurred_at"] },
    { on: ["occurred_at"] },
  ])

export default SettlementEntry
