import { type ImpactReport, LUOTIAN_BASELINE, monthOfIndex, monthsBetween, type PublicImpact, publicHouseholdGroup } from "@luotian/contract"
import type { ReportRows } from "./report"

// From the rollups' rows to the answers: every month of the range present (zeros where nothing happened).

const ZERO = { sales_fen: "0", orders: 0, parcels: 0 }
const figures = (r: any) => (r ? { sales_fen: String(r.sales_fen), orders: Number(r.orders), parcels: Number(r.parcels) } : ZERO)
// grouping(): month rows aggregate town and seller type (3), town rows month and type (5), type rows (6), the total (7).
const byGrouping = (rows: any[], g: number, key: string) => rows.filter((r) => Number(r.g) === g).map((r) => ({ key: String(r[key]), ...figures(r) }))

export function toReport(rows: Omit<ReportRows, "householdsByCategory">, q: { from: string; to: string; town?: string; category?: string }): ImpactReport {
  const monthRow = (list: any[], m: string) => list.find((r) => monthOfIndex(Number(r.month_index)) === m)
  const bySales = <T extends { sales_fen: string }>(list: T[]) => list.sort((a, b) => Number(BigInt(b.sales_fen) - BigInt(a.sales_fen)))
  const months = monthsBetween(q.from, q.to)
  const salesMonths = rows.sales.filter((r) => Number(r.g) === 3)
  return {
    from: q.from,
    to: q.to,
    town: q.town ?? null,
    category: q.category ?? null,
    refreshed_at: rows.refreshed_at ? new Date(rows.refreshed_at).toISOString() : null,
    totals: { ...figures(rows.sales.find((r) => Number(r.g) === 7)), ...householdFigures(rows.households) },
    months: months.map((month) => ({ month, ...figures(monthRow(salesMonths, month)), ...householdFigures(monthRow(rows.householdMonths, month)) })),
    by_category: rows.categories.map((r) => ({ key: String(r.key), ...figures(r) })),
    by_town: bySales(byGrouping(rows.sales, 5, "town")),
    by_seller_type: bySales(byGrouping(rows.sales, 6, "seller_type")),
    stations: rows.stations.map((r) => ({ month: monthOfIndex(Number(r.month_index)), intakes: r.intakes, intake_fen: r.intake_fen, assisted_orders: r.assisted_orders, assisted_fen: r.assisted_fen })),
    logistics: rows.logistics.map((r) => ({ month: monthOfIndex(Number(r.month_index)), runs: r.runs, parcels: r.parcels, saved_fen: r.saved_fen })),
    baseline: LUOTIAN_BASELINE,
  }
}

function householdFigures(r: any) {
  return {
    households: Number(r?.households ?? 0),
    poor_households: Number(r?.poor_households ?? 0),
    household_income_fen: String(r?.household_income_fen ?? "0"),
    poor_income_fen: String(r?.poor_income_fen ?? "0"),
  }
}

/** The public page's figures: aggregates only; a group of fewer than five households shows no count and no income. */
export function toPublic(report: ImpactReport, householdsByCategory: Map<string, number>): PublicImpact {
  const t = report.totals
  return {
    from: report.from,
    to: report.to,
    sales_fen: t.sales_fen,
    orders: t.orders,
    households: publicHouseholdGroup(t.households),
    poor_households: publicHouseholdGroup(t.poor_households),
    household_income_fen: typeof publicHouseholdGroup(t.households) === "number" ? t.household_income_fen : null,
    poor_income_fen: typeof publicHouseholdGroup(t.poor_households) === "number" ? t.poor_income_fen : null,
    months: report.months.map((m) => ({ month: m.month, sales_fen: m.sales_fen, orders: m.orders, households: publicHouseholdGroup(m.households) })),
    by_category: report.by_category.map((c) => ({ key: c.key, sales_fen: c.sales_fen, households: publicHouseholdGroup(householdsByCategory.get(c.key) ?? 0) })),
    baseline: report.baseline,
  }
}
