import { ledgerLockKey } from "./ledger-lock"
import { toCents } from "@luotian/contract"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import { distributableFen, householdsPoolFen, netAgainstIntake, orderShares, owedAfterNetting, reversalFen } from "../../../modules/ledger/rules"
import type LedgerModuleService from "../../../modules/ledger/service"
import type { NewEntry } from "../../../modules/ledger/service"
import { LOT_MODULE } from "../../../modules/lot"
import type LotModuleService from "../../../modules/lot/service"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import { entryView, figures } from "../../../modules/settlement/statement"
import { STATION_MODULE } from "../../../modules/station"
import type StationModuleService from "../../../modules/station/service"

/** The seller of a seller order, with its type (its default payout rule). */
export const orderSellerStep = createStep("ledger-order-seller", async (order_id: string, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "seller.id", "seller.type"], filters: { id: order_id } })
  const seller = (data[0] as any)?.seller
  if (!seller) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller order ${order_id} was not found`)
  return new StepResponse({ id: seller.id as string, type: seller.type as any, lock: ledgerLockKey(seller.id) })
})

export const shareKey = (allocation_id: string, member_id: string) => `lot_sale:${allocation_id}:${member_id}`

/**
 * What a seller order owes each supplying household now, against what its entries hold: a lot_sale for a share not
 * posted yet, a reversal where refunds or a withdrawn lot brought a share down. The order's pool follows the seller's
 * rule on its settlement net today (rules.ts). Orders in another currency than CNY post nothing: households are paid in
 * yuan. Read under the seller's ledger lock.
 */
export const planOrderIncomesStep = createStep(
  "plan-order-incomes",
  async ({ order_id, seller }: { order_id: string; seller: { id: string; type: any } }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({ entity: "order", fields: ["id", "currency_code", "shipping_total", "items.*"], filters: { id: order_id } })
    const order: any = orders[0]
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    const rule = await ledger.ruleOf(seller.id, seller.type)
    if (!order || order.currency_code !== "cny" || !rule || rule.kind === "contract_price") return new StepResponse([] as NewEntry[])

    const allocations = await container.resolve<LotModuleService>(LOT_MODULE).listLotAllocations({ order_id }, { relations: ["lot", "lot.supplies"] })
    const own = allocations.filter((a: any) => a.lot.seller_id === seller.id)
    if (!own.length) return new StepResponse([] as NewEntry[])
    const settled = await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).listSettlementEntries({ order_id })
    const net = toCents(figures(settled.map(entryView)).net)
    const pool = householdsPoolFen(rule, distributableFen(net, toCents(String(order.shipping_total ?? 0))))
    const lines = (order.items ?? []).map((i: any) => ({ line_item_id: i.id, unit_price_fen: toCents(String(i.unit_price)), quantity: Number(i.quantity) }))
    const shares = orderShares(
      pool,
      lines,
      own.map((a: any) => ({
        id: a.id,
        line_item_id: a.line_item_id,
        lot_id: a.lot.id,
        packs: a.packs,
        lot_withdrawn: a.lot.status === "withdrawn",
        supplies: (a.lot.supplies ?? []).map((s: any) => ({ member_id: s.member_id, quantity: String(s.raw_quantity?.value ?? s.quantity) })),
      }))
    )
    const posted = await ledger.netByKey(shares.map((s) => shareKey(s.allocation_id, s.member_id)))
    const priceLeft = await intakePricesLeft(container, ledger, [...new Set(shares.map((s) => s.lot_id))])
    const entries: NewEntry[] = shares.flatMap((s): NewEntry[] => {
      const key = shareKey(s.allocation_id, s.member_id)
      const intake = priceLeft.get(`${s.lot_id}:${s.member_id}`)
      const base = { seller_id: seller.id, member_id: s.member_id, source_type: "order_line" as const, source_id: s.line_item_id, lot_id: s.lot_id, order_id, intake_id: intake?.id ?? null }
      const known = posted.get(key)
      if (!known) {
        // The household's intake price is netted out first; a share it covers wholly still posts (at 0) to use it up.
        const { amount, netted } = netAgainstIntake(s.amount_fen, intake?.left ?? 0n)
        if (intake) intake.left -= netted
        return amount > 0n || netted > 0n ? [{ ...base, key, kind: "lot_sale" as const, amount_fen: amount.toString(), netted_fen: Number(netted) }] : []
      }
      const owed = owedAfterNetting(s.amount_fen, known.netted)
      const back = reversalFen(owed, known.net)
      // Keyed by the net it brings the share to: the same refund or withdrawal seen twice posts once.
      return back < 0n ? [{ ...base, key: `reversal:${known.id}:${s.amount_fen}`, kind: "reversal" as const, reverses_id: known.id, amount_fen: back.toString() }] : []
    })
    return new StepResponse(entries)
  }
)

/**
 * The station intakes (代销) whose produce became these lots, by lot and household: each with what of its price the
 * sales of the lot have not netted out yet. An intake's household was paid that price (its `intake` entry).
 */
async function intakePricesLeft(container: { resolve: <T>(key: string) => T }, ledger: LedgerModuleService, lot_ids: string[]) {
  const left = new Map<string, { id: string; left: bigint }>()
  if (!lot_ids.length) return left
  const intakes = await container.resolve<StationModuleService>(STATION_MODULE).listStationIntakes({ lot_id: lot_ids }, { select: ["id", "lot_id", "member_id", "amount_fen", "currency_code"] })
  const cny = (intakes as any[]).filter((i) => i.currency_code === "cny")
  const netted = await ledger.nettedByIntake(cny.map((i) => i.id))
  for (const i of cny) left.set(`${i.lot_id}:${i.member_id}`, { id: i.id, left: BigInt(i.amount_fen) - (netted.get(i.id) ?? 0n) })
  return left
}
