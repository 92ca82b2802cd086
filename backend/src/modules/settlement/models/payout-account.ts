import { model } from "@medusajs/framework/utils"

// Where a seller is paid: a bank account or an Alipay account. The number is sealed (AES-256-GCM, like members' ID
// numbers); only its last four digits are kept in the clear, for the mask.
export const PayoutAccount = model
  .define("settlement_payout_account", {
    id: model.id({ prefix: "setpa" }).primaryKey(),
    seller_id: model.text(),
    method: model.enum(["bank", "alipay"]),
    holder_name: model.text(),
    // The bank's name (e.g. 中国农业银行罗田县支行); null for Alipay.
    bank_name: model.text().nullable(),
    account_number_encrypted: model.text(),
    account_last4: model.text(),
  })
  .indexes([{ on: ["seller_id"], unique: true, where: "deleted_at IS NULL" }])

export default PayoutAccount
