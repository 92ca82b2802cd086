import { model } from "@medusajs/framework/utils"

// One payout run of the association (e.g. weekly): one item per seller whose available balance reached the minimum,
// with the account it is paid to as it was then. Items are marked paid (with the bank's reference) or failed.
export const PayoutBatch = model
  .define("settlement_payout_batch", {
    id: model.id({ prefix: "setpb" }).primaryKey(),
    // The client's key: creating the batch again with it answers the same batch.
    idempotency_key: model.text(),
    currency_code: model.text(),
    minimum_payout: model.bigNumber(),
    total: model.bigNumber(),
    created_by: model.text(),
    items: model.hasMany(() => PayoutItem, { mappedBy: "batch" }),
  })
  .indexes([{ on: ["idempotency_key"], unique: true }])

export const PayoutItem = model
  .define("settlement_payout_item", {
    id: model.id({ prefix: "setpi" }).primaryKey(),
    batch: model.belongsTo(() => PayoutBatch, { mappedBy: "items" }),
    seller_id: model.text(),
    amount: model.bigNumber(),
    status: model.enum(["pending", "paid", "failed"]).default("pending"),
    method: model.enum(["bank", "alipay"]),
    holder_name: model.text(),
    bank_name: model.text().nullable(),
    account_number_encrypted: model.text(),
    account_last4: model.text(),
    bank_reference: model.text().nullable(),
    failure_reason: model.text().nullable(),
    settled_at: model.dateTime().nullable(),
    settled_by: model.text().nullable(),
  })
  .indexes([
    { on: ["batch_id", "seller_id"], unique: true },
    // One bank transfer pays one item.
    { on: ["bank_reference"], unique: true, where: "bank_reference IS NOT NULL" },
    { on: ["seller_id"] },
  ])
