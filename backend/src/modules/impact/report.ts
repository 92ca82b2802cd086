// The dashboard's reads of the rollups: five small queries on indexed month ranges. Fen leave as decimal text.

export type ReportFilter = { from: number; to: number; town?: string | null; category?: string | null }
type Run = (sql: string, params: unknown[]) => Promise<any[]>

const fen = (column: string) => `coalesce(sum(${column}), 0)::bigint::text`
const inRange = `month_index between ? and ? and (?::text is null or town = ?)`

// The years of the range, and in each the months of it: bits lo..hi of the year's mask (the first and last years partly).
const inYears = `year between ? and ?
  and months & (((1 << ((case when year = ? then ? else 11 end) + 1)) - 1) & ~((1 << (case when year = ? then ? else 0 end)) - 1)) <> 0`
// Within one year a household has one row per category: counting rows is counting households, with no sort.
const distinct = (f: { from: number; to: number }, where: string) =>
  `(${Math.floor(f.from / 12) === Math.floor(f.to / 12) ? "count(*)" : "count(distinct member_id)"}${where ? ` filter (where ${where})` : ""})::int`
const yearParams = (f: { from: number; to: number }) => {
  const [y1, y2] = [Math.floor(f.from / 12), Math.floor(f.to / 12)]
  return [y1, y2, y2, f.to % 12, y1, f.from % 12]
}

export async function readReport(run: Run, f: ReportFilter) {
  const town = f.town ?? null
  const scope = [f.from, f.to, town, town]
  const sales = await run(
    `select grouping(month_index, town, seller_type) as g, month_index, town, seller_type, ${fen("sales_fen")} as sales_fen, sum(orders)::int as orders, sum(parcels)::int as parcels
       from impact_sales where category = ? and ${inRange}
      group by grouping sets ((), (month_index), (town), (seller_type))`,
    [f.category ?? "*", ...scope]
  )
  const categories = await run(
    `select category as key, ${fen("sales_fen")} as sales_fen, sum(orders)::int as orders, sum(parcels)::int as parcels
       from impact_sales where category <> '*' and (?::text is null or category = ?) and ${inRange}
      group by category order by sum(sales_fen) desc`,
    [f.category ?? null, f.category ?? null, ...scope]
  )
  const householdMonths = await run(
    `select month_index, sum(households)::int as households, (sum(households) filter (where poor))::int as poor_households,
            ${fen("income_fen")} as household_income_fen, ${fen("income_fen) filter (where poor")} as poor_income_fen
       from impact_income where category = ? and ${inRange} group by month_index`,
    [f.category ?? "*", ...scope]
  )
  const [income] = await run(
    `select ${fen("income_fen")} as household_income_fen, ${fen("income_fen) filter (where poor")} as poor_income_fen
       from impact_income where category = ? and ${inRange}`,
    [f.category ?? "*", ...scope]
  )
  // Distinct households with a month of income in the range: one row per household and year, its months a bit mask.
  const [counted] = await run(
    `select ${distinct(f, "")} as households, ${distinct(f, "poor")} as poor_households
       from impact_household where category = ? and ${inYears} and (?::text is null or town = ?)`,
    [f.category ?? "*", ...yearParams(f), town, town]
  )
  const households = { ...counted, ...income }
  const stations = await run(
    `select month_index, sum(intakes)::int as intakes, ${fen("intake_fen")} as intake_fen, sum(assisted_orders)::int as assisted_orders,
            ${fen("assisted_fen")} as assisted_fen
       from impact_station where ${inRange} group by month_index order by month_index`,
    scope
  )
  const logistics = await run(
    `select month_index, sum(runs)::int as runs, sum(parcels)::int as parcels, ${fen("saved_fen")} as saved_fen
       from impact_logistics where month_index between ? and ? group by month_index order by month_index`,
    [f.from, f.to]
  )
  const [refreshed] = await run(`select max(created_at) as at from impact_sales`, [])
  return { sales, categories, householdMonths, households, stations, logistics, refreshed_at: refreshed?.at ?? null }
}

/** Distinct households with income in the range, per category (the public page hides those under five). */
export async function householdsByCategory(run: Run, f: ReportFilter) {
  const rows = await run(
    `select category, ${distinct(f, "")} as households from impact_household
      where category <> '*' and ${inYears} group by category`,
    yearParams(f)
  )
  return new Map<string, number>(rows.map((r) => [String(r.category), Number(r.households)]))
}

export type ReportRows = Awaited<ReturnType<typeof readReport>>
