import { fen } from "@luotian/contract"
import { BigNumber, MathBN } from "@medusajs/framework/utils"

type Amount = Parameters<typeof MathBN.convert>[0]

/** Money moves in fen (cents): two decimals, half up (0.005 is 0.01), by the contract's rule that every app rounds by. */
export const toFen = (value: Amount) => MathBN.convert(fen(MathBN.convert(value).toFixed()))

/** An amount to store in a bigNumber column, to the fen. The DML types such columns as numbers; a BigNumber keeps the
 * exact decimal (raw_ column) rather than a float. */
export const exact = (value: Amount) => new BigNumber(toFen(value)) as unknown as number

/** An amount as the API and the CSV show it: a decimal string with two places, e.g. "133.00". */
export const money = (value: Amount) => toFen(value).toFixed(2)

/** The platform fee rate as configured: a decimal string, 0 ≤ rate < 1 ("0.05" is 5 %). */
export function parseFeeRate(value: unknown): string {
  const text = String(value ?? "").trim()
  if (!/^\d+(\.\d+)?$/.test(text) || !MathBN.lt(text, 1)) {
    throw new Error(`platform_fee_rate (PLATFORM_FEE_RATE) must be a decimal with 0 ≤ rate < 1, e.g. "0.05"; got "${value}"`)
  }
  return MathBN.convert(text).toFixed()
}

/** The fee on a sale: gross × rate, rounded to the fen. */
export const saleFee = (gross: Amount, rate: string) => toFen(MathBN.mult(gross, rate))

type Sale = { amount: Amount; fee: Amount; fee_rate: string }

/**
 * The part of a sale's fee a refund gives back to the seller: the platform keeps a fee only on what the seller keeps.
 * It is the refunded amount × the sale's rate; the refund that brings refunds up to the gross returns whatever fee is
 * left, so rounding never leaves a fee on a fully refunded order. Refunds beyond the gross are refused.
 */
export function returnedFee(sale: Sale, before: { refunds: Amount; feeReturned: Amount }, amount: Amount) {
  const refunds = MathBN.add(before.refunds, amount)
  if (MathBN.gt(refunds, sale.amount)) {
    throw new Error(`Refunds (${money(refunds)}) would exceed the order's gross (${money(sale.amount)})`)
  }
  const left = MathBN.sub(sale.fee, before.feeReturned)
  if (MathBN.eq(refunds, sale.amount)) return left
  return MathBN.min(saleFee(amount, sale.fee_rate), left)
}
