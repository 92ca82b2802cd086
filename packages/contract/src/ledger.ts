import { z } from "zod"

// The household ledger: what crosses HTTP between the backend and the seller portal.

/** A Beijing-time month, YYYY-MM, in the years the store keeps records for. */
export const ledgerMonth = z
  .string()
  .regex(/^(19\d{2}|20\d{2}|2100)-(0[1-9]|1[0-2])$/, "must be a month written YYYY-MM in the years 1900–2100, e.g. 2026-05")

const memberId = z.string().regex(/^mem_[0-9A-Z]{26}$/, "must be a member household's id (mem_…)")

export const LedgerCloseBody = z.object({ month: ledgerMonth }).strict()
export type LedgerCloseBody = z.infer<typeof LedgerCloseBody>

/** The seller paid a household its closed month: the reference of the transfer or the cash book line. */
export const LedgerPaymentBody = z
  .object({
    member_id: memberId,
    month: ledgerMonth,
    reference: z.string().trim().min(1, "must not be empty").max(80, "must be at most 80 characters").regex(/^[^\u0000-\u001f]*$/, "must not contain control characters"),
  })
  .strict()
export type LedgerPaymentBody = z.infer<typeof LedgerPaymentBody>

export const LedgerMonthQuery = z.object({ month: ledgerMonth.optional() }).strict()
export const LedgerMonthRequired = z.object({ month: ledgerMonth }).strict()

/** A cooperative's surplus return: at least 60 % (the cooperative law) and at most all of the distributable surplus. */
export const surplusRate = z
  .string()
  .regex(/^(0(\.\d{1,4})?|1(\.0{1,4})?)$/, 'must be a decimal rate with at most four places, e.g. "0.6"')
  .refine((rate) => Number(rate) >= 0.6, "must be at least 0.6: a cooperative returns at least 60 % of its distributable surplus")

/** The seller's payout rule; which kinds a seller may choose depends on its type (the backend checks). */
export const PayoutRuleBody = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("surplus_return"), rate: surplusRate }).strict(),
  z
    .object({
      kind: z.literal("contract_price"),
      // Fen per kg, a whole number: ¥12.80/kg is 1280.
      price_per_kg_fen: z.number().int("must be a whole number of fen").positive("must be more than 0").max(10_000_000, "must be at most 10000000 (¥100,000/kg)"),
    })
    .strict(),
  z.object({ kind: z.literal("own_sales") }).strict(),
])
export type PayoutRuleBody = z.infer<typeof PayoutRuleBody>

export type LedgerEntryKind = "lot_sale" | "contract_purchase" | "intake" | "reversal"
export type LedgerEntryStatus = "open" | "closed" | "paid"

export type LedgerEntryView = {
  id: string
  kind: LedgerEntryKind
  month: string
  amount_fen: string
  status: LedgerEntryStatus
  source: { type: "order_line" | "lot" | "intake"; lot_code: string | null; order_display_id: number | null; intake_receipt: string | null }
  posted_at: string
  payment_reference: string | null
}

export type LedgerHouseholdRow = {
  member_id: string
  name: string
  village: string
  poor_household: boolean
  month_fen: string
  year_fen: string
  month_status: LedgerEntryStatus | null
}

/** A group's figures on the seller's incomes page: households with income in the month, and their sums. */
export type LedgerGroupTotals = { households_with_income: number; month_fen: string; year_fen: string }
export type LedgerTotals = { all: LedgerGroupTotals; poor: LedgerGroupTotals }

const groupTotals = (rows: LedgerHouseholdRow[]): LedgerGroupTotals => ({
  households_with_income: rows.filter((r) => BigInt(r.month_fen) > 0n).length,
  month_fen: rows.reduce((sum, r) => sum + BigInt(r.month_fen), 0n).toString(),
  year_fen: rows.reduce((sum, r) => sum + BigInt(r.year_fen), 0n).toString(),
})

/** The month's and year's totals of a seller's households, the registered-poor counted apart (the county's measure). */
export const ledgerTotals = (rows: LedgerHouseholdRow[]): LedgerTotals => ({
  all: groupTotals(rows),
  poor: groupTotals(rows.filter((r) => r.poor_household)),
})
