import type { PayoutAccount, SellerBalance } from "@luotian/contract"

// What the association's payout routes answer (backend api/admin/payout-*), accounts masked.
export type SellerRef = { id: string; handle: string; name: string; name_en: string | null } | null
export type BalanceRow = SellerBalance & { seller_id: string; seller: SellerRef; account: PayoutAccount | null }
export type Hold = { id: string; order_id: string; seller_id: string; seller: SellerRef; reason: string; created_at: string }
export type Balances = {
  currency_code: string
  settings: { release_after_days: number; minimum_payout: string }
  balances: BalanceRow[]
  totals: Record<"pending" | "available" | "paid_out" | "total" | "on_hold" | "in_transfer", string>
  holds: Hold[]
}
export type Item = {
  id: string
  seller_id: string
  seller?: SellerRef
  amount: string
  status: "pending" | "paid" | "failed"
  bank_reference: string | null
  failure_reason: string | null
  account: PayoutAccount
}
export type Batch = {
  id: string
  currency_code: string
  total: string
  created_at: string
  totals: { pending: string; paid: string; failed: string }
  items: Item[]
}
export type Reconciliation = {
  month: string
  statements: { net: string; referrals: string; payable: string }
  balances: { net: string; batched: string }
  reconciled: boolean
}

export const sellerName = (seller: SellerRef | undefined, id: string) => (seller ? `${seller.name} · ${seller.name_en ?? ""}` : id)
