import { model } from "@medusajs/framework/utils"

// One movement of a seller's money between its buckets: in from a sale (to pending), out with a refund or a referral
// (from pending or available) and back with a referral's reversal on a refund, pending → available when the buyer has the goods (release), available → paid out in a
// payout batch, and back to available when a payout item fails. A bucket's balance is what moved in less what moved
// out; what came in from outside less what went out equals pending + available + paid out, always.
// Seller, order and payout item are plain ids, as in the module's other entries.
export const BalanceEntry = model
  .define("settlement_balance_entry", {
    id: model.id({ prefix: "setb" }).primaryKey(),
    seller_id: model.text(),
    order_id: model.text(),
    currency_code: model.text(),
    kind: model.enum(["sale", "refund", "referral", "release", "payout", "payout_failed"]),
    // null: from or to outside the seller's balance (the buyer's payment, a refund, the partner point).
    from_bucket: model.enum(["pending", "available", "paid"]).nullable(),
    to_bucket: model.enum(["pending", "available", "paid"]).nullable(),
    // Fen, exact; negative only on a payout or its reversal that nets off a refund made after the money was released.
    amount: model.bigNumber(),
    payout_item_id: model.text().nullable(),
    // What makes the movement happen once, e.g. "sale:<order>", "release:<order>", "payout:<order>:<n>".
    key: model.text(),
    occurred_at: model.dateTime(),
  })
  .indexes([
    { on: ["key"], unique: true },
    { on: ["seller_id", "currency_code"] },
    { on: ["order_id"] },
    { on: ["payout_item_id"] },
  ])

export default BalanceEntry
