import { MathBN } from "@medusajs/framework/utils"
import { money, returnedFee } from "./money"

type Amount = Parameters<typeof MathBN.convert>[0]

/** A referral rate: a decimal string with 0 ≤ rate < 1, normalised ("0.030" is "0.03"); null when it is not one. */
export function parseReferralRate(value: unknown): string | null {
  const text = String(value ?? "").trim()
  if (!/^\d+(\.\d+)?$/.test(text) || !MathBN.lt(text, 1)) return null
  return MathBN.convert(text).toFixed()
}

export type ReferralLine = {
  seller_id: string
  order_id: string
  kind: "referral" | "reversal"
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
    kind: record.kind ?? "referral",
    partner_point_id: record.partner_point_id,
    rate: record.rate,
    base: money(record.raw_base ?? record.base),
    amount: money(record.raw_amount ?? record.amount),
    occurred_at: new Date(record.occurred_at).toISOString(),
  }
}

/**
 * The part of an order's referral a refund returns, by the platform fee's rule (money.ts, returnedFee): the refund × the
 * referral's rate, half-up to the fen, and whatever is left once refunds reach the gross, so a fully refunded order owes
 * its point nothing. `referral` is the order's referral (base = the sale's gross); `before`, its refunds and returns so far.
 */
export function returnedReferral(
  referral: { base: Amount; amount: Amount; rate: string },
  before: { refunds: Amount; returned: Amount },
  refund: Amount
) {
  return returnedFee({ amount: referral.base, fee: referral.amount, fee_rate: referral.rate }, { refunds: before.refunds, feeReturned: before.returned }, refund)
}

/**
 * The statement's referral lines, apart from its sales: what the seller owes the partner points that brought its
 * orders that month, and their total (the seller is paid the statement's net less this total).
 */
export function referralsOf(lines: ReferralLine[]) {
  const total = money(MathBN.sum(0, ...lines.map((line) => line.amount)))
  return { lines: lines.map(({ seller_id: _seller, ...line }) => line), total }
}
