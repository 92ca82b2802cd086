import { toCents } from "@luotian/contract"
import type { MedusaContainer } from "@medusajs/framework/types"
import { BigNumber } from "@medusajs/framework/utils"
import { LEDGER_MODULE } from "../../../modules/ledger"
import { contractAmountFen, distributableFen, householdsPoolFen, orderShares, type Rule } from "../../../modules/ledger/rules"
import type LedgerModuleService from "../../../modules/ledger/service"
import { beijingMonth } from "../../../modules/ledger/service"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import { entryView, figures } from "../../../modules/settlement/statement"
import { shareKey } from "../../../workflows/ledger/steps/plan-order-incomes"
import { type PlannedLine, type PlannedOrder, type SellerChoice, statusOf, YEAR } from "./plan"

// The seeded year's household ledger, computed with the ledger's own rules (rules.ts) and keys, so that it is what
// the subscribers would have posted: each lot sale's shares when the order shipped, the reversals of refunds and of
// the withdrawn lot, an enterprise's contract purchases; then months closed and paid.

const DAY = 86_400_000
// The seeded enterprise's guaranteed price (保底收购), when it has agreed none yet: ¥16.00/kg.
const SEED_CONTRACT_PRICE_FEN = 1600

export type SoldOrder = {
  planned: PlannedOrder
  order: any
  lines: { line: PlannedLine; item: any; lot_id: string; allocation_id: string; withdrawn: boolean; lot: { quantity: string; withdrawn_at?: Date } ; supplies: { member_id: string; quantity: string }[] }[]
}
export type Posted = { member_id: string; amount: bigint }

async function rules(ledger: LedgerModuleService, sellers: SellerChoice[]) {
  const of = new Map<string, Rule | null>()
  for (const seller of sellers) {
    let rule = await ledger.ruleOf(seller.id, seller.type as any)
    if (!rule && seller.type === "enterprise") rule = await ledger.setRule(seller.id, "enterprise", { kind: "contract_price", price_per_kg_fen: SEED_CONTRACT_PRICE_FEN }, "seed")
    of.set(seller.id, rule)
  }
  return of
}

/** The households' shares of an order with the settlement net given: the live ledger's computation. */
function sharesAt(sold: SoldOrder, rule: Rule | null, netFen: bigint, withdrawn: boolean) {
  const pool = householdsPoolFen(rule, distributableFen(netFen, 1200n))
  const lines = sold.lines.map((l) => ({ line_item_id: l.item.id, unit_price_fen: BigInt(l.line.price_fen), quantity: l.line.quantity }))
  const allocations = sold.lines.map((l) => ({ id: l.allocation_id, line_item_id: l.item.id, lot_id: l.lot_id, packs: l.line.quantity, lot_withdrawn: withdrawn && l.withdrawn, supplies: l.supplies }))
  return orderShares(pool, lines, allocations)
}

export async function postYearLedger(container: MedusaContainer, sellers: SellerChoice[], sold: SoldOrder[]): Promise<Posted[]> {
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const ruleOf = await rules(ledger, sellers)
  const settled = await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).listSettlementEntries({ order_id: sold.map((s) => s.order.id) })
  const entry = (seller_id: string, member_id: string, at: Date, rest: Record<string, unknown>) => {
    const month = beijingMonth(at)
    return { seller_id, member_id, month, posted_at: at, ...statusOf(month), ...rest }
  }
  const firsts: any[] = []
  const laters: { of: string; to: bigint; row: any }[] = []
  for (const s of sold) {
    const rule = ruleOf.get(s.planned.seller.id) ?? null
    const base = { order_id: s.order.id, source_type: "order_line" }
    const shipped = new Date(s.planned.placed_at.getTime() + 2 * DAY)
    if (rule?.kind === "contract_price") {
      for (const l of s.lines) for (const sup of l.supplies) {
        const amount = contractAmountFen(sup.quantity, rule.price_per_kg_fen)
        firsts.push(entry(s.planned.seller.id, sup.member_id, s.planned.placed_at, { key: `contract_purchase:${l.lot_id}:${sup.member_id}`, kind: "contract_purchase", source_type: "lot", source_id: l.lot_id, lot_id: l.lot_id, amount_fen: amount }))
      }
      continue
    }
    const rows = settled.filter((e) => e.order_id === s.order.id).map(entryView)
    const sale = toCents(figures(rows.filter((r) => r.kind === "sale")).net)
    const net = toCents(figures(rows).net)
    const atSale = sharesAt(s, rule, sale, false)
    const afterRefund = sharesAt(s, rule, net, false)
    const afterRecall = sharesAt(s, rule, net, true)
    for (const [i, share] of atSale.entries()) {
      const key = shareKey(share.allocation_id, share.member_id)
      const common = { ...base, source_id: share.line_item_id, lot_id: share.lot_id }
      if (share.amount_fen > 0n) firsts.push(entry(s.planned.seller.id, share.member_id, shipped, { ...common, key, kind: "lot_sale", amount_fen: share.amount_fen }))
      const refunded = afterRefund[i]!.amount_fen
      const recalled = afterRecall[i]!.amount_fen
      const refundedAt = new Date(s.planned.placed_at.getTime() + 3 * DAY)
      const withdrawnAt = s.lines.find((l) => l.lot_id === share.lot_id)?.lot.withdrawn_at
      if (refunded < share.amount_fen) laters.push({ of: key, to: refunded, row: entry(s.planned.seller.id, share.member_id, refundedAt, { ...common, kind: "reversal", amount_fen: refunded - share.amount_fen }) })
      if (recalled < refunded && withdrawnAt) laters.push({ of: key, to: recalled, row: entry(s.planned.seller.id, share.member_id, withdrawnAt, { ...common, kind: "reversal", amount_fen: recalled - refunded }) })
    }
  }
  const created: any[] = await ledger.createLedgerEntries(firsts.map((e) => ({ ...e, amount_fen: new BigNumber(e.amount_fen.toString()) })))
  const idOf = new Map(created.map((e) => [e.key as string, e.id as string]))
  // A reversal names the entry it takes back from, and is keyed by the net it brings the share to (as the workflow does).
  await ledger.createLedgerEntries(laters.map(({ of, to, row }) => ({ ...row, reverses_id: idOf.get(of), key: `reversal:${idOf.get(of)}:${to}`, amount_fen: new BigNumber(row.amount_fen.toString()) })))
  await closeMonths(ledger, [...firsts, ...laters.map((l) => l.row)])
  return [...firsts, ...laters.map((l) => l.row)].map((e) => ({ member_id: e.member_id, amount: BigInt(e.amount_fen) }))
}

/** Each seller's months with entries, closed through the year's closed month (the seed's own close). */
export async function closeMonths(ledger: LedgerModuleService, entries: { seller_id: string; month: string }[]) {
  const wanted = new Set(entries.filter((e) => e.month <= YEAR.closedThrough).map((e) => `${e.seller_id}|${e.month}`))
  const known = new Set((await ledger.listLedgerCloses({ seller_id: [...new Set(entries.map((e) => e.seller_id))] })).map((c) => `${c.seller_id}|${c.month}`))
  const fresh = [...wanted].filter((k) => !known.has(k)).map((k) => k.split("|"))
  if (fresh.length) await ledger.createLedgerCloses(fresh.map(([seller_id, month]) => ({ seller_id: seller_id!, month: month!, closed_by: "seed" })))
}
