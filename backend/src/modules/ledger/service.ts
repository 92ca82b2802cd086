import type { Context } from "@medusajs/framework/types"
import { BigNumber, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import LedgerClose from "./models/ledger-close"
import LedgerEntry from "./models/ledger-entry"
import PayoutRule from "./models/payout-rule"
import { defaultRule, openMonthFrom, type Rule, ruleProblem, type SellerType } from "./rules"

export type NewEntry = {
  key: string
  seller_id: string
  member_id: string
  kind: "lot_sale" | "contract_purchase" | "intake" | "reversal"
  source_type: "order_line" | "lot" | "intake"
  source_id: string
  lot_id?: string | null
  order_id?: string | null
  intake_id?: string | null
  reverses_id?: string | null
  // Whole fen as decimal text (workflow data is serialised, and JSON has no bigint).
  amount_fen: string
  // A lot_sale of an intake's lot: what of the share the intake price already paid.
  netted_fen?: number | null
  // Paid when posted (a station paid the household cash at intake): the receipt it was paid with.
  paid_with?: string | null
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
const fenOf = (entry: any) => BigInt(new BigNumber(entry.raw_amount_fen ?? entry.amount_fen).numeric.toString())

/** The Beijing month (UTC+8, no daylight saving) an instant falls in. */
export const beijingMonth = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 7)

class LedgerModuleService extends MedusaService({ LedgerEntry, LedgerClose, PayoutRule }) {
  /** The seller's payout rule: the one it set, else its type's default (null: an enterprise that has agreed no price). */
  async ruleOf(seller_id: string, type: SellerType, sharedContext?: Context): Promise<Rule | null> {
    const [stored] = await this.listPayoutRules({ seller_id }, {}, sharedContext)
    if (!stored) return defaultRule(type)
    if (stored.kind === "surplus_return") return { kind: "surplus_return", rate: stored.rate! }
    if (stored.kind === "contract_price") return { kind: "contract_price", price_per_kg_fen: stored.price_per_kg_fen! }
    return { kind: "own_sales" }
  }

  /** Sets the seller's rule, refused when it does not fit the seller's type (see ruleProblem). */
  @InjectTransactionManager()
  async setRule(seller_id: string, type: SellerType, rule: Rule, set_by: string, @MedusaContext() sharedContext: Context = {}) {
    const problem = ruleProblem(type, rule)
    if (problem) throw invalid(problem)
    const data = {
      kind: rule.kind,
      rate: rule.kind === "surplus_return" ? rule.rate : null,
      price_per_kg_fen: rule.kind === "contract_price" ? rule.price_per_kg_fen : null,
      set_by,
    }
    const [stored] = await this.listPayoutRules({ seller_id }, { select: ["id"] }, sharedContext)
    if (stored) await this.updatePayoutRules({ id: stored.id, ...data }, sharedContext)
    else await this.createPayoutRules({ seller_id, ...data }, sharedContext)
    return rule
  }

  /**
   * Posts entries whose key is new (a key posted before is skipped: a re-delivered event posts nothing twice), each in
   * the first month from now that its seller has not closed. Returns the ids created. The caller holds the seller's
   * ledger lock, the one closing takes.
   */
  @InjectTransactionManager()
  async postEntries(entries: NewEntry[], @MedusaContext() sharedContext: Context = {}) {
    // A share wholly netted against its intake's price posts at 0: it records that the price is used up.
    const fresh = entries.filter((e) => BigInt(e.amount_fen) !== 0n || (e.netted_fen ?? 0) > 0)
    if (!fresh.length) return []
    const known = await this.listLedgerEntries({ key: fresh.map((e) => e.key) }, { select: ["key"] }, sharedContext)
    const posted = new Set(known.map((e) => e.key))
    const todo = fresh.filter((e) => !posted.has(e.key))
    if (!todo.length) return []
    const now = new Date()
    const sellers = [...new Set(todo.map((e) => e.seller_id))]
    const closes = await this.listLedgerCloses({ seller_id: sellers }, { select: ["seller_id", "month"] }, sharedContext)
    const monthOf = (seller_id: string) =>
      openMonthFrom(beijingMonth(now), new Set(closes.filter((c) => c.seller_id === seller_id).map((c) => c.month)))
    const created = await this.createLedgerEntries(
      todo.map(({ paid_with, ...e }) => ({
        ...e,
        lot_id: e.lot_id ?? null,
        order_id: e.order_id ?? null,
        intake_id: e.intake_id ?? null,
        reverses_id: e.reverses_id ?? null,
        netted_fen: e.netted_fen ?? null,
        ...(paid_with ? { status: "paid" as const, paid_at: now, payment_reference: paid_with } : {}),
        amount_fen: new BigNumber(e.amount_fen) as unknown as number,
        month: monthOf(e.seller_id),
        posted_at: now,
      })),
      sharedContext
    )
    return created.map((e) => e.id as string)
  }

  /** Each entry's net so far: its amount plus its reversals', by entry id (for entries of the given keys). */
  async netByKey(keys: string[], sharedContext?: Context) {
    if (!keys.length) return new Map<string, { id: string; net: bigint; netted: bigint; seller_id: string }>()
    const entries = await this.listLedgerEntries({ key: keys }, {}, sharedContext)
    const reversals = entries.length ? await this.listLedgerEntries({ reverses_id: entries.map((e) => e.id) }, {}, sharedContext) : []
    return new Map(
      entries.map((e) => {
        const back = reversals.filter((r) => r.reverses_id === e.id).reduce((sum, r) => sum + fenOf(r), 0n)
        return [e.key, { id: e.id, net: fenOf(e) + back, netted: BigInt(e.netted_fen ?? 0), seller_id: e.seller_id }]
      })
    )
  }

  /**
   * Closes a seller's month: its open entries become closed. Once: closing again changes nothing (closed: false). The
   * caller holds the seller's ledger lock; the unique index makes two closes at once one anyway.
   */
  @InjectTransactionManager()
  async closeMonth(seller_id: string, month: string, closed_by: string, @MedusaContext() sharedContext: Context = {}) {
    // A month not begun has nothing to close, and closing it would push every later entry past it.
    if (month > beijingMonth(new Date())) throw invalid(`month: ${month} has not begun yet (Beijing time); only this month or an earlier one can be closed`)
    const [known] = await this.listLedgerCloses({ seller_id, month }, {}, sharedContext)
    if (known) return { closed: false }
    await this.createLedgerCloses({ seller_id, month, closed_by }, sharedContext)
    const open = await this.listLedgerEntries({ seller_id, month, status: "open" }, { select: ["id"] }, sharedContext)
    if (open.length) await this.updateLedgerEntries(open.map((e) => ({ id: e.id, status: "closed" as const })), sharedContext)
    return { closed: true }
  }

  /**
   * Records that the seller paid a household its closed month. Paying again answers as it is (changed: false); a month
   * not closed, or with no income for the household, is refused.
   */
  @InjectTransactionManager()
  async markPaid(seller_id: string, member_id: string, month: string, reference: string, @MedusaContext() sharedContext: Context = {}) {
    const [closed] = await this.listLedgerCloses({ seller_id, month }, { select: ["id"] }, sharedContext)
    if (!closed) throw invalid(`month: ${month} is not closed yet; close it before recording payments`)
    const entries = await this.listLedgerEntries({ seller_id, member_id, month }, { select: ["id", "status"] }, sharedContext)
    if (!entries.length) throw invalid(`member_id: the household has no income in ${month}`)
    const unpaid = entries.filter((e) => e.status === "closed")
    if (!unpaid.length) return { changed: false }
    const paid_at = new Date()
    await this.updateLedgerEntries(unpaid.map((e) => ({ id: e.id, status: "paid" as const, paid_at, payment_reference: reference })), sharedContext)
    return { changed: true }
  }

  /** What of each intake's price the sales of its lot have netted out so far, by intake id. */
  async nettedByIntake(intake_ids: string[], sharedContext?: Context) {
    const used = new Map<string, bigint>(intake_ids.map((id) => [id, 0n]))
    if (!intake_ids.length) return used
    const sales = await this.listLedgerEntries({ intake_id: intake_ids, kind: "lot_sale" }, { select: ["intake_id", "netted_fen"] }, sharedContext)
    for (const s of sales) used.set(s.intake_id!, (used.get(s.intake_id!) ?? 0n) + BigInt(s.netted_fen ?? 0))
    return used
  }

  /** Removes entries a failed workflow posted (its compensation). */
  async undoPosting(ids: string[], sharedContext?: Context) {
    if (ids.length) await this.deleteLedgerEntries(ids, sharedContext)
  }
}

export { fenOf }
export default LedgerModuleService
