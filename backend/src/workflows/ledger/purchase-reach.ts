import { purchaseReach, type PurchaseReach, type ReachSupplier } from "@luotian/contract"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { LOT_MODULE } from "../../modules/lot"
import { allocateFefo } from "../../modules/lot/allocation"
import type LotModuleService from "../../modules/lot/service"

type Row = Record<string, any>

// A purchase's household reach (the confirmation page's "this purchase brought income to N households…"): the member
// households of the lots its packs come from. A shipped part's lots are its allocations; a part not shipped yet reads
// the lots first-expiring-first-out would take for it now, as shipping will. Withdrawn lots and canceled parts count
// for nothing. Counts only leave this file (purchaseReach, contract).

/** The lots each unshipped line would be allocated from now, FEFO, over the seller's active lots' receipts. */
async function plannedLots(lots: LotModuleService, seller_id: string, items: Row[]) {
  const receipts = items.length ? await lots.listLotReceipts({ variant_id: items.map((i) => i.variant_id) }, { relations: ["lot"] }) : []
  const own = receipts.filter((r: any) => r.lot.seller_id === seller_id && r.lot.status === "active")
  const used = own.length ? await lots.listLotAllocations({ receipt_id: own.map((r) => r.id) }, { select: ["receipt_id", "packs", "returned"] }) : []
  const taken = new Map<string, number>()
  for (const a of used) taken.set(a.receipt_id, (taken.get(a.receipt_id) ?? 0) + a.packs - a.returned)
  return items.flatMap((item) => {
    const available = own
      .filter((r: any) => r.variant_id === item.variant_id)
      .map((r: any) => ({
        receipt_id: r.id, lot_id: r.lot.id, packs: r.packs - (taken.get(r.id) ?? 0), produced_on: new Date(r.lot.produced_on).toISOString(),
        best_before: r.lot.best_before ? new Date(r.lot.best_before).toISOString() : null,
      }))
    return allocateFefo(available, MathBN.convert(item.raw_quantity ?? item.quantity).toNumber()).map((a) => a.lot_id)
  })
}

/** The lot ids the purchase's live parts' packs come from. */
async function partLots(scope: MedusaContainer, parts: Row[]) {
  const lots = scope.resolve<LotModuleService>(LOT_MODULE)
  const live = parts.filter((p) => p.status !== "canceled")
  const allocations = live.length ? await lots.listLotAllocations({ order_id: live.map((p) => p.id) }, { relations: ["lot"] }) : []
  const ids = allocations.filter((a: any) => a.packs > a.returned && a.lot.status === "active").map((a: any) => a.lot.id as string)
  for (const part of live.filter((p) => !allocations.some((a: any) => a.order_id === p.id))) {
    ids.push(...(await plannedLots(lots, part.seller?.id, (part.items ?? []).filter((i: Row) => i?.variant_id))))
  }
  return [...new Set(ids)]
}

/** The reach of a purchase the caller may read (access is the route's), or null when no household supplied it. */
export async function reachOfPurchase(scope: MedusaContainer, purchase_id: string): Promise<PurchaseReach | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({ entity: "order", fields: ["purchase.shares.order.id"], filters: { id: purchase_id } })
  const partIds = ((links[0] as Row)?.purchase?.shares ?? []).map((s: Row) => s.order?.id).filter(Boolean)
  const { data: parts } = partIds.length
    ? await query.graph({ entity: "order", fields: ["id", "status", "currency_code", "seller.id", "items.*"], filters: { id: partIds } })
    : { data: [] as Row[] }
  const lotIds = await partLots(scope, parts as Row[])
  if (!lotIds.length) return null
  const { data: lots } = await query.graph({ entity: "lot", fields: ["id", "town", "supplies.member_id"], filters: { id: lotIds } })
  const memberIds = [...new Set(lots.flatMap((l: Row) => (l.supplies ?? []).map((s: Row) => s.member_id as string)))]
  const { data: members } = memberIds.length
    ? await query.graph({ entity: "member", fields: ["id", "poor_household"], filters: { id: memberIds } })
    : { data: [] as Row[] }
  const poor = new Set(members.filter((m: Row) => m.poor_household).map((m: Row) => m.id as string))
  const suppliers: ReachSupplier[] = lots.flatMap((l: Row) =>
    (l.supplies ?? []).map((s: Row) => ({ member_id: s.member_id as string, poor_household: poor.has(s.member_id), town: l.town as string }))
  )
  return purchaseReach(suppliers)
}
