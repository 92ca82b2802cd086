import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { PARTNER_MODULE } from "../../../modules/partner"
import type PartnerModuleService from "../../../modules/partner/service"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import { money } from "../../../modules/settlement/money"
import type SettlementModuleService from "../../../modules/settlement/service"

// Referral totals by currency ("cny": "12.30"): what the sellers owe the point for the orders it brought.
export type PointFigures = { scans: number; purchases: number; seller_orders: number; referral_totals: Record<string, string> }

/**
 * Each point's scans and the purchases it brought (the buyer's orders linked to it; its seller orders apart): the
 * association's view of which spots and guesthouses sell, and the referrals they earned.
 */
export async function pointFigures(scope: MedusaContainer, pointIds: string[]) {
  const figures = new Map<string, PointFigures>(pointIds.map((id) => [id, { scans: 0, purchases: 0, seller_orders: 0, referral_totals: {} }]))
  if (!pointIds.length) return figures
  const scans = await scope.resolve<PartnerModuleService>(PARTNER_MODULE).listPartnerScans({ point_id: pointIds }, { select: ["id", "point_id"] })
  for (const scan of scans as any[]) figures.get(scan.point_id)!.scans++
  const { data: links } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "partner_point",
    fields: ["id", "orders.id", "orders.purchase.id"],
    filters: { id: pointIds },
  })
  for (const point of links as any[]) {
    const row = figures.get(point.id)!
    for (const order of point.orders ?? []) {
      if (!order) continue
      if (order.purchase) row.purchases++
      else row.seller_orders++
    }
  }
  const referrals = await scope.resolve<SettlementModuleService>(SETTLEMENT_MODULE).listReferralEntries({ partner_point_id: pointIds })
  for (const entry of referrals as any[]) {
    const totals = figures.get(entry.partner_point_id)!.referral_totals
    totals[entry.currency_code] = money(MathBN.add(totals[entry.currency_code] ?? 0, entry.raw_amount ?? entry.amount))
  }
  return figures
}
