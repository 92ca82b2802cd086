import { z } from "@medusajs/framework/zod"
import { CurrencyCode, Month } from "../../../modules/settlement/month"
import { saneMonth } from "../../../lib/dates"

const text = (max: number) => z.string().trim().min(1).max(max).refine((v) => !/[\u0000-\u001f\u007f]/.test(v), "must not contain control characters")
const id = (prefix: string) => z.string().regex(new RegExp(`^${prefix}_[0-9A-Za-z]{1,64}$`), `must be an id starting ${prefix}_`)

// The key that makes a retried create answer the same batch: the Idempotency-Key header or this field.
export const IdempotencyKey = z.string().regex(/^[A-Za-z0-9._:-]{8,100}$/, "must be 8–100 letters, digits or . _ : -")
export const CreatePayoutBatch = z.object({ idempotency_key: IdempotencyKey.optional(), currency_code: CurrencyCode.default("cny") }).strict()
export type CreatePayoutBatch = z.infer<typeof CreatePayoutBatch>

export const BatchParams = z.object({ id: id("setpb") }).strict()
export const ItemParams = z.object({ id: id("setpb"), item_id: id("setpi") }).strict()
export const ItemPaid = z.object({ bank_reference: z.string().trim().regex(/^[A-Za-z0-9-]{4,64}$/, "must be 4–64 letters, digits or dashes") }).strict()
export const ItemFailed = z.object({ reason: text(500) }).strict()

export const ExportQuery = z.object({ method: z.enum(["bank", "alipay"]).default("bank"), encoding: z.enum(["gbk", "utf8"]).default("gbk") }).strict()
export type ExportQuery = z.infer<typeof ExportQuery>

export const ListBatchesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100000).default(0),
}).strict()
export type ListBatchesQuery = z.infer<typeof ListBatchesQuery>

export const BalancesQuery = z.object({ currency_code: CurrencyCode.default("cny") }).strict()
export type BalancesQuery = z.infer<typeof BalancesQuery>
export const ReconciliationQuery = z.object({ month: saneMonth(Month), currency_code: CurrencyCode.default("cny") }).strict()
export type ReconciliationQuery = z.infer<typeof ReconciliationQuery>

export const PayoutSettingsBody = z.object({
  release_after_days: z.number().int().min(1).max(90).optional(),
  minimum_payout: z.string().regex(/^\d{1,7}(\.\d{1,2})?$/, "must be a yuan amount with at most two decimals, e.g. \"100.00\"").optional(),
}).strict()

export const SellerOrderParams = z.object({ id: z.string().regex(/^order_[0-9A-Za-z]{1,64}$/, "must be an order id") }).strict()
export const HoldBody = z.object({ reason: text(500) }).strict()
