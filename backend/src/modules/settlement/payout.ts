import { maskAccountNumber } from "@luotian/contract"
import { MathBN } from "@medusajs/framework/utils"
import { money } from "./money"

// What the seller and the association read of payout accounts and items: the account number masked, always. Only the
// association's batch export (csv.ts, payoutBatchCsv) unseals it.

export const DEFAULT_PAYOUT_SETTINGS = { release_after_days: 10, minimum_payout: "100.00" }

export type AccountFields = { method: string; holder_name: string; bank_name: string | null; account_last4: string }

export const accountView = (account: AccountFields) => ({
  method: account.method as "bank" | "alipay",
  holder_name: account.holder_name,
  bank_name: account.bank_name ?? null,
  account_number: maskAccountNumber(account.account_last4),
})

const iso = (at: Date | string | null | undefined) => (at ? new Date(at).toISOString() : null)

export const itemView = (item: any, batch: { id: string; created_at: Date | string; currency_code: string }) => ({
  id: item.id as string,
  batch_id: batch.id,
  created_at: iso(batch.created_at)!,
  currency_code: batch.currency_code,
  seller_id: item.seller_id as string,
  amount: money(item.raw_amount ?? item.amount),
  status: item.status as "pending" | "paid" | "failed",
  bank_reference: item.bank_reference ?? null,
  failure_reason: item.failure_reason ?? null,
  settled_at: iso(item.settled_at),
  account: accountView(item),
})

export const batchView = (batch: any) => {
  const items = (batch.items ?? []).map((item: any) => itemView(item, batch))
  const sum = (status: string) => money(MathBN.sum(0, ...items.filter((i: any) => i.status === status).map((i: any) => i.amount)))
  return {
    id: batch.id as string,
    idempotency_key: batch.idempotency_key as string,
    currency_code: batch.currency_code as string,
    minimum_payout: money(batch.raw_minimum_payout ?? batch.minimum_payout),
    total: money(batch.raw_total ?? batch.total),
    created_at: iso(batch.created_at)!,
    created_by: batch.created_by as string,
    totals: { pending: sum("pending"), paid: sum("paid"), failed: sum("failed") },
    items,
  }
}
