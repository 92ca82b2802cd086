import type { PartnerMonth as PointMonth } from "@luotian/contract"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { PARTNER_MODULE } from "../../modules/partner"
import type PartnerModuleService from "../../modules/partner/service"
import { SETTLEMENT_MODULE } from "../../modules/settlement"
import { money } from "../../modules/settlement/money"
import { monthOf, monthRange } from "../../modules/settlement/month"
import type SettlementModuleService from "../../modules/settlement/service"

type ByCurrency = Record<string, string>

const add = (totals: ByCurrency, currency: string, amount: unknown) => {
  totals[currency] = money(MathBN.add(totals[currency] ?? 0, amount as any))
}

/**
 * Each point's months (oldest first, every month given, empty ones too): the contract's PartnerMonth. Purchases count in
 * the month their buyer's order was placed; money comes from the settlement module's entries, exact to the fen.
 */
export async function pointMonths(scope: MedusaContainer, pointIds: string[], months: string[]) {
  if (!pointIds.length) return new Map<string, PointMonth[]>()
  const rows = new Map(pointIds.map((id) => [id, new Map(months.map((month) => [month, emptyMonth(month)]))]))
  const at = (pointId: string, when: Date | string) => rows.get(pointId)?.get(monthOf(when))
  const range = { from: monthRange(months[0]).from, to: monthRange(months[months.length - 1]).to }

  for (const count of await scope.resolve<PartnerModuleService>(PARTNER_MODULE).scanCounts(pointIds, "month", range)) {
    const row = rows.get(count.point_id)?.get(count.period)
    if (row) row.scans += count.scans
  }

  const { data: points } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "partner_point",
    fields: ["id", "orders.id", "orders.created_at", "orders.purchase.id"],
    filters: { id: pointIds },
  })
  const pointOfSellerOrder = new Map<string, string>()
  for (const point of points as any[]) {
    for (const order of point.orders ?? []) {
      if (!order) continue
      if (!order.purchase) pointOfSellerOrder.set(order.id, point.id)
      else if (at(point.id, order.created_at)) at(point.id, order.created_at)!.purchases++
    }
  }

  const settlement = scope.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
  const during = { $gte: range.from, $lt: range.to }
  const entries = pointOfSellerOrder.size
    ? await settlement.listSettlementEntries({ order_id: [...pointOfSellerOrder.keys()], occurred_at: during })
    : []
  for (const entry of entries as any[]) {
    const row = at(pointOfSellerOrder.get(entry.order_id)!, entry.occurred_at)
    if (!row) continue
    if (entry.kind === "sale") {
      row.seller_orders++
      add(row.sales, entry.currency_code, entry.raw_amount)
    } else add(row.refunds, entry.currency_code, entry.raw_amount)
  }
  for (const entry of (await settlement.listReferralEntries({ partner_point_id: pointIds, occurred_at: during })) as any[]) {
    const row = at(entry.partner_point_id, entry.occurred_at)
    if (row) add(row.referrals, entry.currency_code, entry.raw_amount)
  }

  return new Map(
    [...rows].map(([id, byMonth]) => [
      id,
      [...byMonth.values()].map((row) => ({ ...row, conversion: conversion(row.purchases, row.scans) })),
    ])
  )
}

const conversion = (purchases: number, scans: number) => (scans ? MathBN.div(purchases, scans).toFixed(4) : null)

/** The months added up: the range's figures of a point. */
export function sumMonths(months: PointMonth[]): Omit<PointMonth, "month"> {
  const sum = emptyMonth("")
  for (const row of months) {
    sum.scans += row.scans
    sum.purchases += row.purchases
    sum.seller_orders += row.seller_orders
    for (const key of ["sales", "refunds", "referrals"] as const) {
      for (const [currency, amount] of Object.entries(row[key])) add(sum[key], currency, amount)
    }
  }
  const { month: _month, ...totals } = sum
  return { ...totals, conversion: conversion(sum.purchases, sum.scans) }
}

const emptyMonth = (month: string): PointMonth => ({
  month, scans: 0, purchases: 0, seller_orders: 0, conversion: null, sales: {}, refunds: {}, referrals: {},
})
