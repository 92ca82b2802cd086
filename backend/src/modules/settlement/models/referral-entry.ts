import { model } from "@medusajs/framework/utils"

// A seller's fee to the partner point (scenic spot, guesthouse) that brought a seller order: the order's gross at the
// sale × the point's referral rate then, to the fen. Kept with its rate and base so that a later rate change never
// rewrites a past statement. A refund of the order returns its share of the referral: a "reversal" entry with negative
// base and amount, referenced by the refund. The point and the order live in other modules: plain ids here.
export const ReferralEntry = model
  .define("settlement_referral", {
    id: model.id({ prefix: "setr" }).primaryKey(),
    seller_id: model.text(),
    order_id: model.text(),
    kind: model.enum(["referral", "reversal"]).default("referral"),
    // "sale" for the referral; the refund's own reference for a reversal.
    reference: model.text().default("sale"),
    partner_point_id: model.text(),
    currency_code: model.text(),
    base: model.bigNumber(),
    rate: model.text(),
    amount: model.bigNumber(),
    occurred_at: model.dateTime(),
  })
  .indexes([
    // One referral per seller order and one reversal per refund: recording either twice changes nothing.
    { on: ["order_id", "reference"], unique: true, where: "deleted_at IS NULL" },
    { on: ["seller_id", "occurred_at"] },
    { on: ["partner_point_id"] },
  ])

export default ReferralEntry
