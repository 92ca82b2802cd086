import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MathBN, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { exact, parseFeeRate, returnedFee, saleFee, toFen } from "./money"
import { monthRange } from "./month"
import { buildStatement, entryView, groupBy, monthTotals } from "./statement"
import ReferralEntry from "./models/referral-entry"
import SettlementEntry from "./models/settlement-entry"
import { parseReferralRate, referralView, referralsOf, returnedReferral } from "./referral"

export type SettlementOptions = { platform_fee_rate?: string }

type Amount = Parameters<typeof MathBN.convert>[0]

/** A seller order just placed: its total as the buyer pays it and when it was placed. */
export type SaleInput = {
  order_id: string
  seller_id: string
  purchase_order_id: string | null
  currency_code: string
  total: Amount
  placed_at: Date | string
}

export type RefundInput = {
  order_id: string
  seller_id: string
  // The amount returned; "rest" is whatever of the gross no refund has reversed yet (a cancellation).
  amount: string | number | "rest"
  currency_code: string
  // What the money went back for: the payment refund's id, or "refund:<order id>" for a cancellation's reversal of
  // what was never paid; one refund entry per reference.
  reference: string
  occurred_at?: Date | string
}

export type StatementFilter = { month: string; currency_code: string; seller_id?: string }

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
const total = (rows: any[], key: string) => MathBN.sum(0, ...rows.map((row) => row[key]))

class SettlementModuleService extends MedusaService({ SettlementEntry, ReferralEntry }) {
  protected readonly feeRate_: string

  constructor(container: Record<string, unknown>, options: SettlementOptions = {}) {
    super(...arguments)
    this.feeRate_ = parseFeeRate(options.platform_fee_rate ?? "0")
  }

  /** The platform fee rate charged on new sales, as a decimal string ("0.05" is 5 %). */
  feeRate() {
    return this.feeRate_
  }

  /**
   * The sale of each seller order: its total in fen and the platform fee at today's rate, dated when it was placed.
   * An order whose sale is recorded already is left as it is. Returns the ids of the entries created.
   */
  async recordSales(sales: SaleInput[]) {
    if (!sales.length) return []
    const ids = sales.map((sale) => sale.order_id)
    const known = await this.listSettlementEntries({ order_id: ids, kind: "sale" }, { select: ["order_id"] })
    const recorded = new Set(known.map((entry) => entry.order_id))
    const rate = this.feeRate_
    const fresh = sales.filter((sale) => !recorded.has(sale.order_id))
    if (!fresh.length) return []
    const created = await this.createSettlementEntries(
      fresh.map(({ order_id, seller_id, purchase_order_id, currency_code, total, placed_at }) => {
        const gross = toFen(total)
        return {
          seller_id, order_id, purchase_order_id, currency_code,
          kind: "sale" as const,
          reference: "sale",
          amount: exact(gross),
          fee: exact(saleFee(gross, rate)),
          fee_rate: rate,
          occurred_at: new Date(placed_at),
        }
      })
    )
    return created.map((entry) => entry.id as string)
  }

  /**
   * Money returned to the buyer of a seller order: it leaves the seller's net, and the fee on it goes back to the
   * seller (see returnedFee); refunds never exceed the gross. Where a partner point brought the order, the refund
   * returns its share of the referral too (a reversal, see returnedReferral), in the same transaction. Recording the
   * same reference again returns the entry already there (created null); a "rest" of nothing creates nothing (null).
   * The caller holds the order's lock, so that two refunds at once cannot together exceed the gross.
   */
  @InjectManager()
  async recordRefund(input: RefundInput, @MedusaContext() sharedContext: Context = {}) {
    return await this.recordRefund_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async recordRefund_(input: RefundInput, @MedusaContext() sharedContext: Context = {}) {
    const asked = input.amount === "rest" ? null : toFen(input.amount)
    if (asked && (!asked.isFinite() || !MathBN.gt(asked, 0))) throw invalid(`A refund must be a positive amount; got ${input.amount}`)
    const entries = await this.listSettlementEntries({ order_id: input.order_id }, {}, sharedContext)
    const known = entries.find((entry) => entry.kind === "refund" && entry.reference === input.reference)
    if (known) return { entry: entryView(known), created: null, reversal: null }
    const sale: any = entries.find((entry) => entry.kind === "sale")
    if (!sale || sale.seller_id !== input.seller_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller ${input.seller_id} has no sale recorded for order ${input.order_id}`)
    }
    if (sale.currency_code !== input.currency_code.toLowerCase()) {
      throw invalid(`The refund is in ${input.currency_code}, the order in ${sale.currency_code}`)
    }
    const refunds = entries.filter((entry) => entry.kind === "refund") as any[]
    const before = { refunds: total(refunds, "raw_amount"), feeReturned: total(refunds, "raw_fee") }
    const amount = asked ?? toFen(MathBN.sub(sale.raw_amount, before.refunds))
    if (!MathBN.gt(amount, 0)) return null
    let fee
    try {
      fee = returnedFee({ amount: sale.raw_amount, fee: sale.raw_fee, fee_rate: sale.fee_rate }, before, amount)
    } catch (error: any) {
      throw invalid(error.message)
    }
    const occurred_at = input.occurred_at ? new Date(input.occurred_at) : new Date()
    const entry = await this.createSettlementEntries(
      {
        seller_id: sale.seller_id,
        order_id: sale.order_id,
        purchase_order_id: sale.purchase_order_id,
        kind: "refund",
        reference: input.reference,
        currency_code: sale.currency_code,
        amount: exact(amount),
        fee: exact(fee),
        fee_rate: sale.fee_rate,
        occurred_at,
      },
      sharedContext
    )
    const reversal = await this.reverseReferral(sale, before.refunds, amount, input.reference, occurred_at, sharedContext)
    return { entry: entryView(entry), created: entry.id as string, reversal }
  }

  /** The reversal of the order's referral for a refund of `amount` after `refundedBefore`; null without a referral. */
  private async reverseReferral(sale: any, refundedBefore: Amount, amount: Amount, reference: string, occurred_at: Date, sharedContext: Context) {
    const referrals = (await this.listReferralEntries({ order_id: sale.order_id }, {}, sharedContext)) as any[]
    const referral = referrals.find((entry) => entry.kind === "referral")
    if (!referral) return null
    const returned = MathBN.mult(total(referrals.filter((entry) => entry.kind === "reversal"), "raw_amount"), -1)
    const back = returnedReferral({ base: referral.raw_base, amount: referral.raw_amount, rate: referral.rate }, { refunds: refundedBefore, returned }, amount)
    if (!MathBN.gt(back, 0)) return null
    const reversal = await this.createReferralEntries(
      {
        seller_id: referral.seller_id,
        order_id: referral.order_id,
        partner_point_id: referral.partner_point_id,
        currency_code: referral.currency_code,
        kind: "reversal",
        reference,
        base: exact(MathBN.mult(amount, -1)),
        rate: referral.rate,
        amount: exact(MathBN.mult(back, -1)),
        occurred_at,
      },
      sharedContext
    )
    return reversal.id as string
  }

  /**
   * The referral a partner point earns on seller orders it brought: each order's recorded sale gross × the rate, to the
   * fen, dated with the sale. A rate of 0 records nothing; an order with a referral already is left as it is. Returns
   * the ids of the entries created.
   */
  async recordReferrals(input: { partner_point_id: string; rate: string; order_ids: string[] }) {
    const rate = parseReferralRate(input.rate)
    if (rate === null) throw invalid(`A referral rate must be a decimal with 0 ≤ rate < 1; got "${input.rate}"`)
    if (MathBN.eq(rate, 0) || !input.order_ids.length) return []
    const sales = await this.listSettlementEntries({ order_id: input.order_ids, kind: "sale" })
    const known = new Set((await this.listReferralEntries({ order_id: input.order_ids, kind: "referral" }, { select: ["order_id"] })).map((entry) => entry.order_id))
    const fresh = sales.filter((sale: any) => !known.has(sale.order_id))
    if (!fresh.length) return []
    const created = await this.createReferralEntries(
      fresh.map((sale: any) => ({
        seller_id: sale.seller_id,
        order_id: sale.order_id,
        partner_point_id: input.partner_point_id,
        currency_code: sale.currency_code,
        base: exact(sale.raw_amount),
        rate,
        amount: exact(saleFee(sale.raw_amount, rate)),
        occurred_at: sale.occurred_at,
      }))
    )
    return created.map((entry) => entry.id as string)
  }

  /** A seller's months with their totals, newest first. */
  async sellerMonths(seller_id: string) {
    const records = await this.listSettlementEntries({ seller_id }, { order: { occurred_at: "ASC" } })
    return monthTotals(records.map(entryView))
  }

  /**
   * The month's statements in one currency: the one seller asked for, or every seller with entries that month. Rows
   * know their orders by id only (display_id null, placed when their first entry of the month occurred): orders are
   * another module's, which the caller adds through query.graph (see withOrders).
   */
  async monthStatements({ month, currency_code, seller_id }: StatementFilter) {
    const { from, to } = monthRange(month)
    const records = await this.listSettlementEntries(
      { occurred_at: { $gte: from, $lt: to }, currency_code, ...(seller_id ? { seller_id } : {}) },
      { order: { occurred_at: "ASC", id: "ASC" } }
    )
    const bySeller = groupBy(records.map(entryView), (entry) => entry.seller_id)
    const referrals = await this.listReferralEntries(
      { occurred_at: { $gte: from, $lt: to }, currency_code, ...(seller_id ? { seller_id } : {}) },
      { order: { occurred_at: "ASC", id: "ASC" } }
    )
    const referralsBySeller = groupBy(referrals.map(referralView), (entry) => entry.seller_id)
    return (seller_id ? [seller_id] : [...bySeller.keys()]).map((id) => ({
      ...buildStatement({ seller_id: id, month, currency_code }, bySeller.get(id) ?? [], this.feeRate_),
      referrals: referralsOf(referralsBySeller.get(id) ?? []),
    }))
  }
}

export default SettlementModuleService
