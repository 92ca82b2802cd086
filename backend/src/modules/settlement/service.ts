import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MathBN, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { exact, money, parseFeeRate, returnedFee, saleFee, toFen } from "./money"
import { parseReferralRate } from "./referral"
import { monthRange } from "./month"
import { buildStatement, entryView, groupBy, monthTotals } from "./statement"
import ReferralEntry from "./models/referral-entry"
import SettlementEntry from "./models/settlement-entry"
import BalanceEntry from "./models/balance-entry"
import BalanceHold from "./models/balance-hold"
import Receipt from "./models/receipt"
import PayoutSettings from "./models/payout-settings"
import PayoutAccount from "./models/payout-account"
import { PayoutBatch, PayoutItem } from "./models/payout-batch"
import { byOrder, fold, outOf, payoutOrders, type Movement } from "./balance"
import { accountView, batchView, DEFAULT_PAYOUT_SETTINGS } from "./payout"
import { seal, unseal } from "../../lib/sealed"
import type { PayoutAccountInput } from "@luotian/contract"
import { referralView, referralsOf, returnedReferral } from "./referral"

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

export type ReceiptInput = { order_id: string; source: "buyer" | "auto" | "station"; confirmed_at?: Date | string }
export type BatchInput = { idempotency_key: string; currency_code: string; created_by: string }
export type SettleItemInput =
  | { item_id: string; outcome: "paid"; bank_reference: string; settled_by: string }
  | { item_id: string; outcome: "failed"; reason: string; settled_by: string }

export type StatementFilter = { month: string; currency_code: string; seller_id?: string }

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
const total = (rows: any[], key: string) => MathBN.sum(0, ...rows.map((row) => row[key]))
const toMovement = (e: any): Movement => ({ order_id: e.order_id, from_bucket: e.from_bucket, to_bucket: e.to_bucket, amount: e.raw_amount ?? e.amount })

export const MODELS = { SettlementEntry, ReferralEntry, BalanceEntry, BalanceHold, Receipt, PayoutSettings, PayoutAccount, PayoutBatch, PayoutItem }

// Each sale, refund and referral moves the seller's balance too, in the same transaction: keyed by the entry's id, so
// that undoing the entry (a workflow's compensation, undoEntries) undoes its movement.
const entryKey = (id: string) => `entry:${id}`

class SettlementModuleService extends MedusaService(MODELS) {
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
  @InjectTransactionManager()
  async recordSales(sales: SaleInput[], @MedusaContext() sharedContext: Context = {}) {
    if (!sales.length) return []
    const ids = sales.map((sale) => sale.order_id)
    const known = await this.listSettlementEntries({ order_id: ids, kind: "sale" }, { select: ["order_id"] }, sharedContext)
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
      }),
      sharedContext
    )
    // The sale's net (gross − fee) is pending until the buyer has the goods.
    await this.createBalanceEntries(
      created.map((entry: any) => ({
        ...this.movement(entry, "sale", null, "pending", MathBN.sub(entry.raw_amount, entry.raw_fee)),
        key: entryKey(entry.id),
      })),
      sharedContext
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
  @InjectTransactionManager()
  async recordRefund(input: RefundInput, @MedusaContext() sharedContext: Context = {}) {
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
    const entry = await this.createSettlementEntries({
      seller_id: sale.seller_id,
      order_id: sale.order_id,
      purchase_order_id: sale.purchase_order_id,
      kind: "refund",
      reference: input.reference,
      currency_code: sale.currency_code,
      amount: exact(amount),
      fee: exact(fee),
      fee_rate: sale.fee_rate,
      occurred_at: input.occurred_at ? new Date(input.occurred_at) : new Date(),
    }, sharedContext)
    // The refund's net (amount − fee given back) leaves pending, or available once released (negative if need be).
    const from = outOf(await this.isReleased(sale.order_id, sharedContext))
    await this.createBalanceEntries(
      { ...this.movement(entry, "refund", from, null, MathBN.sub(entry.raw_amount as any, entry.raw_fee as any)), key: entryKey(entry.id) },
      sharedContext
    )
    const reversal = await this.reverseReferral(sale, before.refunds, amount, input.reference, entry.occurred_at, from, sharedContext)
    return { entry: entryView(entry), created: entry.id as string, reversal }
  }

  /**
   * The reversal of the order's referral for a refund of `amount` after `refundedBefore` (null without a referral): the
   * point gives back its share, which returns to the bucket the refund left.
   */
  protected async reverseReferral(sale: any, refundedBefore: Amount, amount: Amount, reference: string, occurred_at: Date, bucket: string, sharedContext: Context) {
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
    await this.createBalanceEntries({ ...this.movement(reversal, "referral", null, bucket, back), key: entryKey(reversal.id) }, sharedContext)
    return reversal.id as string
  }

  /**
   * The referral a partner point earns on seller orders it brought: each order's recorded sale gross × the rate, to the
   * fen, dated with the sale. A rate of 0 records nothing; an order with a referral already is left as it is. Returns
   * the ids of the entries created.
   */
  @InjectTransactionManager()
  async recordReferrals(input: { partner_point_id: string; rate: string; order_ids: string[] }, @MedusaContext() sharedContext: Context = {}) {
    const rate = parseReferralRate(input.rate)
    if (rate === null) throw invalid(`A referral rate must be a decimal with 0 ≤ rate < 1; got "${input.rate}"`)
    if (MathBN.eq(rate, 0) || !input.order_ids.length) return []
    const sales = await this.listSettlementEntries({ order_id: input.order_ids, kind: "sale" }, {}, sharedContext)
    const known = new Set((await this.listReferralEntries({ order_id: input.order_ids, kind: "referral" }, { select: ["order_id"] }, sharedContext)).map((entry) => entry.order_id))
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
      })),
      sharedContext
    )
    // The seller pays the point out of the order's money: it leaves pending (checkout never comes after a release).
    const released = await this.releasedOrders(created.map((entry) => entry.order_id), sharedContext)
    await this.createBalanceEntries(
      created.map((entry: any) => ({
        ...this.movement(entry, "referral", outOf(released.has(entry.order_id)), null, entry.raw_amount),
        key: entryKey(entry.id),
      })),
      sharedContext
    )
    return created.map((entry) => entry.id as string)
  }

  /**
   * The balance movements of sales, refunds and referrals recorded before balances existed (a store kept from then):
   * each gets the movement recording it would have made, in pending (no receipt existed then). Keyed by the entry, so
   * a second run moves nothing. Returns how many movements it made.
   */
  @InjectTransactionManager()
  async backfillBalances(@MedusaContext() sharedContext: Context = {}) {
    const moved = await this.listBalanceEntries({ kind: ["sale", "refund", "referral"] }, { select: ["key"] }, sharedContext)
    const done = new Set(moved.map((m) => m.key))
    const fresh = (rows: any[]) => rows.filter((row) => !done.has(entryKey(row.id)))
    const entries = fresh(await this.listSettlementEntries({}, {}, sharedContext))
    const referrals = fresh(await this.listReferralEntries({}, {}, sharedContext))
    const movements = [
      ...entries.map((e) => {
        const net = MathBN.sub(e.raw_amount, e.raw_fee)
        return e.kind === "sale" ? this.movement(e, "sale", null, "pending", net) : this.movement(e, "refund", "pending", null, net)
      }),
      // A referral leaves pending; its reversal (a negative amount) comes back to it.
      ...referrals.map((e) =>
        e.kind === "referral" ? this.movement(e, "referral", "pending", null, e.raw_amount) : this.movement(e, "referral", null, "pending", MathBN.mult(e.raw_amount, -1))
      ),
    ]
    const keys = [...entries, ...referrals].map((e) => entryKey(e.id))
    if (movements.length) await this.createBalanceEntries(movements.map((m, i) => ({ ...m, key: keys[i] })), sharedContext)
    return movements.length
  }

  /** Deletes sale, refund and referral entries with their balance movements: a workflow's compensation. */
  @InjectTransactionManager()
  async undoEntries(ids: string[], @MedusaContext() sharedContext: Context = {}) {
    if (!ids.length) return
    const movements = await this.listBalanceEntries({ key: ids.map(entryKey) }, { select: ["id"] }, sharedContext)
    await this.deleteBalanceEntries(movements.map((m) => m.id), sharedContext)
    await this.deleteSettlementEntries(ids.filter((id) => id.startsWith("setl_")), sharedContext)
    await this.deleteReferralEntries(ids.filter((id) => id.startsWith("setr_")), sharedContext)
  }

  protected movement(entry: any, kind: string, from_bucket: string | null, to_bucket: string | null, amount: Amount) {
    return {
      seller_id: entry.seller_id, order_id: entry.order_id, currency_code: entry.currency_code,
      kind, from_bucket, to_bucket, amount: exact(amount), occurred_at: entry.occurred_at,
    } as any
  }

  protected async releasedOrders(order_ids: string[], sharedContext: Context = {}) {
    if (!order_ids.length) return new Set<string>()
    const released = await this.listBalanceEntries({ order_id: order_ids, kind: "release" }, { select: ["order_id"] }, sharedContext)
    return new Set(released.map((entry) => entry.order_id))
  }

  protected async isReleased(order_id: string, sharedContext: Context = {}) {
    return (await this.releasedOrders([order_id], sharedContext)).has(order_id)
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

  // ——— Balances: pending until the buyer has the goods, then available, then paid out ———

  /** The association's payout rules; the defaults (10 days, ¥100) until it sets them. */
  async payoutSettings(@MedusaContext() sharedContext: Context = {}) {
    const [row] = await this.listPayoutSettings({}, { take: 1 }, sharedContext)
    if (!row) return { ...DEFAULT_PAYOUT_SETTINGS }
    return { release_after_days: row.release_after_days, minimum_payout: money((row as any).raw_minimum_payout) }
  }

  @InjectTransactionManager()
  async setPayoutSettings(input: { release_after_days?: number; minimum_payout?: string }, @MedusaContext() sharedContext: Context = {}) {
    const [row] = await this.listPayoutSettings({}, { take: 1 }, sharedContext)
    const next = { ...(await this.payoutSettings(sharedContext)), ...input }
    const data = { release_after_days: next.release_after_days, minimum_payout: exact(next.minimum_payout) }
    if (row) await this.updatePayoutSettings({ id: row.id, ...data }, sharedContext)
    else await this.createPayoutSettings(data, sharedContext)
    return await this.payoutSettings(sharedContext)
  }

  /**
   * The buyer has the order's goods (confirmed by the buyer, or automatically once the days after shipment passed):
   * its money becomes available unless the association holds it. Once per order; the caller holds the order's lock.
   */
  @InjectTransactionManager()
  async confirmReceipt(input: ReceiptInput, @MedusaContext() sharedContext: Context = {}) {
    const sale = await this.saleOf(input.order_id, sharedContext)
    const [known] = await this.listReceipts({ order_id: input.order_id }, {}, sharedContext)
    const receipt = known ?? (await this.createReceipts({
      seller_id: sale.seller_id, order_id: sale.order_id, source: input.source,
      confirmed_at: input.confirmed_at ? new Date(input.confirmed_at) : new Date(),
    }, sharedContext))
    const released = await this.releaseIfDue(sale, receipt.confirmed_at, sharedContext)
    return { receipt, created: !known, released }
  }

  /** Seller orders with a sale and no receipt yet, oldest first: those the auto-confirmation looks at. */
  async ordersAwaitingReceipt(@MedusaContext() sharedContext: Context = {}) {
    const sales = await this.listSettlementEntries({ kind: "sale" }, { select: ["order_id"], order: { occurred_at: "ASC" } }, sharedContext)
    const received = new Set((await this.listReceipts({}, { select: ["order_id"] }, sharedContext)).map((r) => r.order_id))
    return sales.map((sale) => sale.order_id).filter((id) => !received.has(id))
  }

  /** Holds an order's money pending (a dispute). Money already released cannot be held: it is refunded instead. */
  @InjectTransactionManager()
  async holdOrder(input: { order_id: string; reason: string; held_by: string }, @MedusaContext() sharedContext: Context = {}) {
    const sale = await this.saleOf(input.order_id, sharedContext)
    const [open] = await this.listBalanceHolds({ order_id: input.order_id, released_at: null }, {}, sharedContext)
    if (open) return { hold: open, created: false }
    if (await this.isReleased(input.order_id, sharedContext)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${input.order_id}'s money is available to the seller already; refund it instead of holding it`)
    }
    const hold = await this.createBalanceHolds({ seller_id: sale.seller_id, ...input }, sharedContext)
    return { hold, created: true }
  }

  /** Ends the order's hold; its money becomes available if the buyer has the goods by then. */
  @InjectTransactionManager()
  async releaseHold(input: { order_id: string; released_by: string }, @MedusaContext() sharedContext: Context = {}) {
    const sale = await this.saleOf(input.order_id, sharedContext)
    const [open] = await this.listBalanceHolds({ order_id: input.order_id, released_at: null }, {}, sharedContext)
    if (!open) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} is not on hold`)
    const hold = await this.updateBalanceHolds({ id: open.id, released_at: new Date(), released_by: input.released_by }, sharedContext)
    const [receipt] = await this.listReceipts({ order_id: input.order_id }, {}, sharedContext)
    const released = receipt ? await this.releaseIfDue(sale, new Date(), sharedContext) : false
    return { hold, released }
  }

  /**
   * Balances per seller and currency (one seller's, or every seller's): pending, available, paid out and their total,
   * with what of pending is held and what of paid out is in batches not yet confirmed paid.
   */
  async balances(filter: { seller_id?: string; currency_code?: string } = {}, @MedusaContext() sharedContext: Context = {}) {
    const where = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined))
    const entries = await this.listBalanceEntries(where, { order: { occurred_at: "ASC", id: "ASC" } }, sharedContext)
    const holds = await this.listBalanceHolds({ ...(filter.seller_id ? { seller_id: filter.seller_id } : {}), released_at: null }, { select: ["order_id"] }, sharedContext)
    const held = new Set(holds.map((h) => h.order_id))
    const items = await this.listPayoutItems(
      { status: "pending", ...(filter.seller_id ? { seller_id: filter.seller_id } : {}) },
      { relations: ["batch"] },
      sharedContext
    )
    const groups = groupBy(entries as any[], (e) => `${e.seller_id}|${e.currency_code}`)
    return [...groups].map(([key, list]) => {
      const [seller_id, currency_code] = key.split("|")
      const movements = list.map(toMovement)
      const { pending, available, paid, total } = fold(movements)
      const onHold = [...byOrder(movements)].filter(([order]) => held.has(order)).map(([, b]) => b.pending)
      const inTransfer = items.filter((i: any) => i.seller_id === seller_id && i.batch.currency_code === currency_code)
      return {
        seller_id, currency_code,
        pending: money(pending), available: money(available), paid_out: money(paid), total: money(total),
        on_hold: money(MathBN.sum(0, ...onHold)),
        in_transfer: money(MathBN.sum(0, ...inTransfer.map((i: any) => i.raw_amount))),
      }
    })
  }

  /** Sets where the seller is paid; the number is sealed here, so no caller stores it in the clear. Answers it masked. */
  @InjectTransactionManager()
  async setPayoutAccount(seller_id: string, input: PayoutAccountInput, @MedusaContext() sharedContext: Context = {}) {
    const number = input.account_number.trim()
    const data = {
      seller_id, method: input.method, holder_name: input.holder_name.trim(),
      bank_name: input.method === "bank" ? input.bank_name.trim() : null,
      account_number_encrypted: seal(number), account_last4: number.slice(-4),
    }
    const [known] = await this.listPayoutAccounts({ seller_id }, { select: ["id"] }, sharedContext)
    const saved = known ? await this.updatePayoutAccounts({ id: known.id, ...data }, sharedContext) : await this.createPayoutAccounts(data, sharedContext)
    return accountView(saved as any)
  }

  /** The seller's payout account, masked; null when it has set none. */
  async payoutAccount(seller_id: string, @MedusaContext() sharedContext: Context = {}) {
    const [account] = await this.listPayoutAccounts({ seller_id }, {}, sharedContext)
    return account ? accountView(account as any) : null
  }

  /**
   * A payout batch: one item per seller whose available balance in the currency is at least the minimum and who has a
   * payout account; each order's available money moves to paid out with it (an order's negative available, a refund
   * after a payout, nets off). Created once per idempotency key; the caller holds the batches' lock, and each payout
   * movement's key numbers the order's payouts, so that two batches racing cannot both take the same money.
   */
  @InjectTransactionManager()
  async createPayoutBatch(input: BatchInput, @MedusaContext() sharedContext: Context = {}) {
    const [known] = await this.listPayoutBatches({ idempotency_key: input.idempotency_key }, { select: ["id"] }, sharedContext)
    if (known) return { batch: await this.payoutBatch(known.id, sharedContext), created: false, skipped: [] as string[] }
    const { minimum_payout } = await this.payoutSettings(sharedContext)
    const moved = await this.listBalanceEntries({ currency_code: input.currency_code }, {}, sharedContext)
    const sellers = [...groupBy(moved as any[], (e) => e.seller_id)]
      .map(([seller_id, list]) => ({ seller_id, orders: payoutOrders(list.map(toMovement)) }))
      .map((s) => ({ ...s, amount: MathBN.sum(0, ...s.orders.map((o) => o.amount)) }))
      .filter((s) => MathBN.gte(s.amount, minimum_payout) && MathBN.gt(s.amount, 0))
    const accounts = await this.listPayoutAccounts({ seller_id: sellers.map((s) => s.seller_id) }, {}, sharedContext)
    const accountOf = new Map(accounts.map((a) => [a.seller_id, a]))
    const paid = sellers.filter((s) => accountOf.has(s.seller_id))
    const skipped = sellers.filter((s) => !accountOf.has(s.seller_id)).map((s) => s.seller_id)
    if (!paid.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED,
        `No seller with a payout account has at least ${minimum_payout} ${input.currency_code.toUpperCase()} available` +
        (skipped.length ? ` (${skipped.length} without a payout account)` : ""))
    }
    const batch = await this.createPayoutBatches({
      ...input, minimum_payout: exact(minimum_payout), total: exact(MathBN.sum(0, ...paid.map((s) => s.amount))),
    } as any, sharedContext)
    const items = (await this.createPayoutItems(paid.map((s) => {
      const { id, created_at, updated_at, deleted_at, seller_id, ...account } = accountOf.get(s.seller_id) as any
      return { batch_id: batch.id, seller_id, amount: exact(s.amount), status: "pending", ...account }
    }) as any, sharedContext)) as unknown as any[]
    const orderIds = paid.flatMap((s) => s.orders.map((o) => o.order_id))
    const earlier = await this.listBalanceEntries({ order_id: orderIds, kind: "payout" }, { select: ["order_id"] }, sharedContext)
    const count = (order: string) => earlier.filter((e) => e.order_id === order).length
    const now = new Date()
    await this.createBalanceEntries(paid.flatMap((s) => {
      const item = items.find((i: any) => i.seller_id === s.seller_id)!
      return s.orders.map((o) => ({
        seller_id: s.seller_id, order_id: o.order_id, currency_code: input.currency_code, kind: "payout",
        from_bucket: "available", to_bucket: "paid", amount: exact(o.amount), payout_item_id: item.id,
        key: `payout:${o.order_id}:${count(o.order_id) + 1}`, occurred_at: now,
      }))
    }) as any, sharedContext)
    return { batch: await this.payoutBatch(batch.id, sharedContext), created: true, skipped }
  }

  /** Deletes a batch just made, its items and their payout movements: a workflow's compensation. */
  @InjectTransactionManager()
  async undoPayoutBatch(id: string, @MedusaContext() sharedContext: Context = {}) {
    const items = await this.listPayoutItems({ batch_id: id }, { select: ["id"] }, sharedContext)
    const ids = items.map((i) => i.id)
    const movements = ids.length ? await this.listBalanceEntries({ payout_item_id: ids }, { select: ["id"] }, sharedContext) : []
    await this.deleteBalanceEntries(movements.map((m) => m.id), sharedContext)
    await this.deletePayoutItems(ids, sharedContext)
    await this.deletePayoutBatches(id, sharedContext)
  }

  /** The batch's items with their full account numbers: only for the association's upload file to the bank. */
  async payoutBatchTransfers(id: string, @MedusaContext() sharedContext: Context = {}) {
    const items = await this.listPayoutItems({ batch_id: id, status: "pending" }, { order: { created_at: "ASC", id: "ASC" } }, sharedContext)
    return items.map((item: any) => ({
      item_id: item.id as string,
      method: item.method as "bank" | "alipay",
      holder_name: item.holder_name as string,
      bank_name: item.bank_name as string | null,
      account_number: unseal(item.account_number_encrypted),
      amount: money(item.raw_amount),
    }))
  }

  /**
   * What moved into sellers' balances in a Beijing month (sales' net less refunds' net and referrals) and what batches
   * made that month paid out: the first must equal the month's statements' net less their referrals.
   */
  async monthMovements({ month, currency_code }: { month: string; currency_code: string }, @MedusaContext() sharedContext: Context = {}) {
    const { from, to } = monthRange(month)
    const entries = await this.listBalanceEntries({ currency_code, occurred_at: { $gte: from, $lt: to } }, {}, sharedContext)
    const outside = entries.filter((e: any) => !e.from_bucket || !e.to_bucket).map(toMovement)
    const items = await this.listPayoutItems({ created_at: { $gte: from, $lt: to } }, { relations: ["batch"] }, sharedContext)
    const paid = items.filter((i: any) => i.batch.currency_code === currency_code && i.status !== "failed")
    return { balance_net: money(fold(outside).total), batched: money(MathBN.sum(0, ...paid.map((i: any) => i.raw_amount))) }
  }

  /** A batch with its items, account numbers masked. */
  async payoutBatch(id: string, @MedusaContext() sharedContext: Context = {}) {
    // The items are listed rather than loaded as a relation: just after they were made in the same transaction, the
    // batch's cached entity would still show none.
    const batch = await this.retrievePayoutBatch(id, {}, sharedContext)
    const items = await this.listPayoutItems({ batch_id: id }, { order: { created_at: "ASC", id: "ASC" } }, sharedContext)
    return batchView({ ...batch, items })
  }

  /**
   * An item paid (with the bank's reference) or failed (its money returns to available). Settling it again the same
   * way answers it as it is; the other way is refused. The caller holds the item's lock; the movements' keys and the
   * unique bank reference stop a double settlement even so.
   */
  @InjectTransactionManager()
  async settlePayoutItem(input: SettleItemInput, @MedusaContext() sharedContext: Context = {}) {
    const item: any = await this.retrievePayoutItem(input.item_id, { relations: ["batch"] }, sharedContext)
    const done = input.outcome === "paid" ? "paid" : "failed"
    if (item.status === done) {
      if (input.outcome === "paid" && item.bank_reference !== input.bank_reference) {
        throw new MedusaError(MedusaError.Types.CONFLICT, `Payout item ${item.id} was paid already, with another bank reference`)
      }
      return { item, changed: false }
    }
    if (item.status !== "pending") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Payout item ${item.id} is ${item.status} already`)
    if (input.outcome === "paid") {
      const [used] = await this.listPayoutItems({ bank_reference: input.bank_reference }, { select: ["id"] }, sharedContext)
      if (used) throw new MedusaError(MedusaError.Types.CONFLICT, `bank_reference: ${input.bank_reference} already pays payout item ${used.id}`)
    }
    const settled = { id: item.id as string, status: done as "paid" | "failed", settled_at: new Date(), settled_by: input.settled_by }
    const updated = await this.updatePayoutItems(
      input.outcome === "paid" ? { ...settled, bank_reference: input.bank_reference } : { ...settled, failure_reason: input.reason },
      sharedContext
    )
    if (input.outcome === "failed") {
      const payouts = await this.listBalanceEntries({ payout_item_id: item.id, kind: "payout" }, {}, sharedContext)
      await this.createBalanceEntries(payouts.map((p: any) => ({
        seller_id: p.seller_id, order_id: p.order_id, currency_code: p.currency_code, kind: "payout_failed",
        from_bucket: "paid", to_bucket: "available", amount: exact(p.raw_amount), payout_item_id: item.id,
        key: `failed:${p.id}`, occurred_at: new Date(),
      })) as any, sharedContext)
    }
    return { item: { ...item, ...updated }, changed: true }
  }

  /** The orders a payout item paid, with the amount of each (negative: a refund after an earlier payout, netted). */
  async payoutItemOrders(item_id: string, @MedusaContext() sharedContext: Context = {}) {
    const entries = await this.listBalanceEntries({ payout_item_id: item_id, kind: "payout" }, { order: { order_id: "ASC" } }, sharedContext)
    return entries.map((e: any) => ({ order_id: e.order_id as string, amount: money(e.raw_amount) }))
  }

  protected async saleOf(order_id: string, sharedContext: Context = {}) {
    const [sale] = await this.listSettlementEntries({ order_id, kind: "sale" }, {}, sharedContext)
    if (!sale) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order_id} has no sale recorded`)
    return sale
  }

  /** Moves an order's pending money to available once: when the buyer has the goods and no hold is open. */
  protected async releaseIfDue(sale: any, at: Date | string, sharedContext: Context = {}) {
    if (await this.isReleased(sale.order_id, sharedContext)) return false
    const [open] = await this.listBalanceHolds({ order_id: sale.order_id, released_at: null }, { select: ["id"] }, sharedContext)
    if (open) return false
    const entries = await this.listBalanceEntries({ order_id: sale.order_id }, {}, sharedContext)
    const { pending } = fold(entries.map(toMovement))
    await this.createBalanceEntries({
      seller_id: sale.seller_id, order_id: sale.order_id, currency_code: sale.currency_code, kind: "release",
      from_bucket: "pending", to_bucket: "available", amount: exact(pending), key: `release:${sale.order_id}`,
      occurred_at: new Date(at),
    } as any, sharedContext)
    return true
  }
}

export default SettlementModuleService
