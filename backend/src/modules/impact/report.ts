// The dashboard's reads of the rollups: five small queries on indexed month ranges. Fen leave as decimal text.

export type ReportFilter = { from: number; to: number; town?: string | null; category?: string | null }
type Run = (sql: string, params: unknown[]) => Promise<any[]>

const fen = (column: string) => `coalesce(sum(${column}), 0)::bigint::text`
const inRange = `month_index between ? and ? and (?::text is null or town = ?)`

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
  const householdWhere = `category = ? and ${inRange}`
  const householdMonths = await run(
    `select month_index, count(*) filter (where income_fen > 0)::int as households,
            count(*) filter (where income_fen > 0 and poor)::int as poor_households,
            ${fen("income_fen")} as household_income_fen, ${fen("income_fen) filter (where poor")} as poor_income_fen
       from impact_household where ${householdWhere} group by month_index`,
    [f.category ?? "*", ...scope]
  )
  // Distinct households over the range: a household earning in three months counts once.
  const [households] = await run(
    `select count(*) filter (where fen > 0)::int as households, count(*) filter (where fen > 0 and poor)::int as poor_households,
            ${fen("fen")} as household_income_fen, ${fen("fen) filter (where poor")} as poor_income_fen
       from (select member_id, bool_or(poor) as poor, sum(income_fen) as fen from impact_household where ${householdWhere} group by member_id) h`,
    [f.category ?? "*", ...scope]
  )
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
    `select category, count(*) filter (where fen > 0)::int as households
       from (select category, member_id, sum(income_fen) as fen from impact_household
              where category <> '*' and month_index between ? and ? group by 1, 2) h group by category`,
    [f.from, f.to]
  )
  return new Map<string, number>(rows.map((r) => [String(r.category), Number(r.households)]))
}

export type ReportRows = Awaited<ReturnType<typeof readReport>>
