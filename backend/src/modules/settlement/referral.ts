import { MathBN } from "@medusajs/framework/utils"
import { money } from "./money"

/** A referral rate: a decimal string with 0 ≤ rate < 1, normalised ("0.030" is "0.03"); null when it is not one. */
export function parseReferralRate(value: unknown): string | null {
  const text = String(value ?? "").trim()
  if (!/^\d+(\.\d+)?$/.test(text) || !MathBN.lt(text, 1)) return null
  return MathBN.convert(text).toFixed()
}

export type ReferralLine = {
  seller_id: string
  order_id: string
  partner_point_id: string
  rate: string
  base: string
  amount: string
  occurred_at: string
}

/** A stored referral as plain data: amounts as decimal strings read from their exact raw values. */
export function referralView(record: any): ReferralLine {
  return {
    seller_id: record.seller_id,
    order_id: record.order_id,
    partner_point_id: record.partner_point_id,
    rate: record.rate,
    base: money(record.raw_base ?? record.base),
    amount: money(record.raw_amount ?? record.amount),
    occurred_at: new Date(record.occurred_at).toISOString(),
  }
}

/**
 * The statement's referral lines, apart from its sales: what the seller owes the partner points that brought its
 * orders that month, and their total (the seller is paid the statement's net less this total).
 */
export function referralsOf(lines: ReferralLine[]) {
  const total = money(MathBN.sum(0, ...lines.map((line) => line.amount)))
  return { lines: lines.map(({ seller_id: _seller, ...line }) => line), total }
}
