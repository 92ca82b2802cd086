import type { ImpactReport } from "@luotian/contract"
import { categoryLabel } from "../../lib/format"
import { Bars, Lines } from "./charts"
import { L, SELLER_TYPE, yuanNumber } from "./labels"

const GREEN = "#15803d", AMBER = "#b45309", BLUE = "#1d4ed8", GREY = "#6b7280"
const sales = [{ key: "sales", name: L.sales, color: GREEN }]
const groups = (list: ImpactReport["by_town"], label = (k: string) => k) => list.map((g) => ({ key: label(g.key), sales: yuanNumber(g.sales_fen) }))

// Every chart of the dashboard from one report.
export const ImpactCharts = ({ report }: { report: ImpactReport }) => {
  const months = report.months.map((m) => ({
    month: m.month,
    sales: yuanNumber(m.sales_fen),
    households: m.households,
    poor: m.poor_households,
    income: yuanNumber(m.household_income_fen),
    poorIncome: yuanNumber(m.poor_income_fen),
  }))
  const b = report.baseline.online_sales_million_yuan
  const baseline = [
    ...([2014, 2015, 2016] as const).map((year) => ({ year: String(year), county: b[year] })),
    { year: `${report.from}–${report.to}`, platform: yuanNumber(report.totals.sales_fen) / 1_000_000 },
  ]
  return (
    <div className="grid grid-cols-1 gap-8 px-6 py-4 xl:grid-cols-2">
      <Bars title={L.byMonth} id="sales-by-month" data={months} x="month" series={sales} labels />
      <Bars title={L.byCategory} id="sales-by-category" data={groups(report.by_category, categoryLabel)} x="key" series={sales} labels />
      <Bars title={L.byTown} id="sales-by-town" data={groups(report.by_town)} x="key" series={sales} labels />
      <Bars title={L.bySellerType} id="sales-by-seller-type" data={groups(report.by_seller_type, (k) => SELLER_TYPE[k] ?? k)} x="key" series={sales} labels />
      <Lines title={L.householdsByMonth} id="households-by-month" data={months} x="month" series={[{ key: "households", name: L.households, color: BLUE }, { key: "poor", name: L.poor, color: AMBER }]} />
      <Bars title={L.incomeByMonth} id="income-by-month" data={months} x="month" series={[{ key: "income", name: L.householdIncome, color: BLUE }, { key: "poorIncome", name: L.poorIncome, color: AMBER }]} />
      <Bars
        title={L.stations}
        id="stations"
        data={report.stations.map((s) => ({ month: s.month, intakes: yuanNumber(s.intake_fen), assisted: yuanNumber(s.assisted_fen) }))}
        x="month"
        series={[{ key: "intakes", name: L.intakes, color: GREEN }, { key: "assisted", name: L.assisted, color: BLUE }]}
      />
      <Bars title={L.logistics} id="logistics" data={report.logistics.map((l) => ({ month: l.month, saved: yuanNumber(l.saved_fen) }))} x="month" series={[{ key: "saved", name: L.logistics, color: GREEN }]} />
      <Bars title={L.baseline} id="baseline" data={baseline} x="year" series={[{ key: "county", name: L.county, color: GREY }, { key: "platform", name: L.platform, color: GREEN }]} labels />
    </div>
  )
}
