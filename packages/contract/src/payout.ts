import { z } from "zod"

// Seller payouts: where a seller is paid, its balance and its payouts, as the backend answers them and the portal and
// the admin read them.

const noControl = (value: string) => !/[\u0000-\u001f\u007f]/.test(value)
const text = (max: number) => z.string().trim().min(1).max(max).refine(noControl, "must not contain control characters")

/** The account a seller is paid to: a bank account (12–30 digits) or an Alipay account (a mainland mobile number or an e-mail). */
export const payoutAccountInputSchema = z.discriminatedUnion("method", [
  z.object({
    method: z.literal("bank"),
    holder_name: text(60),
    bank_name: text(80),
    account_number: z.string().trim().regex(/^\d{12,30}$/, "must be 12–30 digits (a bank account or card number)"),
  }).strict(),
  z.object({
    method: z.literal("alipay"),
    holder_name: text(60),
    account_number: z
      .string()
      .trim()
      .max(100)
      .regex(/^(1\d{10}|[^\s@]+@[^\s@]+\.[^\s@]+)$/, "must be a mainland mobile number (11 digits) or an e-mail address"),
  }).strict(),
])
export type PayoutAccountInput = z.infer<typeof payoutAccountInputSchema>

/** Only the last four characters of an account number ever leave the seller and association APIs' masked answers. */
export const maskAccountNumber = (last4: string) => `•••• ${last4}`

export const payoutAccountSchema = z.object({
  method: z.enum(["bank", "alipay"]),
  holder_name: z.string(),
  bank_name: z.string().nullable(),
  account_number: z.string(),
})
export type PayoutAccount = z.infer<typeof payoutAccountSchema>

const amount = z.string()

/** A seller's balance in one currency: total (what came in less what went out) = pending + available + paid_out. */
export const sellerBalanceSchema = z.object({
  currency_code: z.string(),
  pending: amount,
  available: amount,
  paid_out: amount,
  total: amount,
  // Of pending: orders the association holds; of paid_out: items of batches not yet confirmed paid.
  on_hold: amount,
  in_transfer: amount,
})
export type SellerBalance = z.infer<typeof sellerBalanceSchema>

export const payoutStatusSchema = z.enum(["pending", "paid", "failed"])

export const sellerPayoutSchema = z.object({
  id: z.string(),
  batch_id: z.string(),
  created_at: z.string(),
  currency_code: z.string(),
  amount,
  status: payoutStatusSchema,
  bank_reference: z.string().nullable(),
  failure_reason: z.string().nullable(),
  settled_at: z.string().nullable(),
  account: payoutAccountSchema,
})
export type SellerPayout = z.infer<typeof sellerPayoutSchema>

export const payoutOrderSchema = z.object({ order_id: z.string(), display_id: z.number().nullable(), amount })
export type PayoutOrder = z.infer<typeof payoutOrderSchema>
