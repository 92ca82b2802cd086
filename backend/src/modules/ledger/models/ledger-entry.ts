import { model } from "@medusajs/framework/utils"

// One movement of a member household's income, in fen: its share of a lot's sale, an enterprise's contract purchase
// of what it supplied, what a station paid it for produce taken in (代销), or a reversal (a refund, a withdrawn lot) of part of an earlier entry. Never edited once
// posted except its status: a correction is a reversal. Seller, member, lot and order live in other modules: plain
// ids behind read-only links. `key` makes posting idempotent: the same source posts once.
export const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "ledg" }).primaryKey(),
    key: model.text(),
    seller_id: model.text(),
    member_id: model.text(),
    kind: model.enum(["lot_sale", "contract_purchase", "intake", "reversal"]),
    // What the income came from: a shipped seller-order line (with the lot it was allocated from), a lot bought on
    // contract, or a station intake.
    source_type: model.enum(["order_line", "lot", "intake"]),
    source_id: model.text(),
    lot_id: model.text().nullable(),
    order_id: model.text().nullable(),
    // The station intake (代销) the income came from: its price, and the sales of its lot.
    intake_id: model.text().nullable(),
    // A lot_sale of an intake's lot: the part of the household's share its intake price already paid (netted out of
    // amount_fen, so the household is not paid twice for the same produce).
    netted_fen: model.number().nullable(),
    // The entry a reversal takes back from.
    reverses_id: model.text().nullable(),
    amount_fen: model.bigNumber(),
    // The Beijing month it counts in: when posted, or the next month still open if that one was closed.
    month: model.text(),
    status: model.enum(["open", "closed", "paid"]).default("open"),
    posted_at: model.dateTime(),
    paid_at: model.dateTime().nullable(),
    payment_reference: model.text().nullable(),
  })
  .indexes([
    { on: ["key"], unique: true },
    { on: ["seller_id", "month"] },
    { on: ["member_id", "month"] },
    { on: ["lot_id"] },
    { on: ["order_id"] },
    { on: ["intake_id"] },
  ])

export default LedgerEntry
