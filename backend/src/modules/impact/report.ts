// The dashboard's reads of the rollups: one statement (one round trip), each part an indexed read of a month range.
// Fen leave as decimal text.

export type ReportFilter = { from: number; to: number; town?: string | null; category?: string | null }
type Run = (sql: string, params: unknown[]) => Promise<any[]>
type Part = { sql: string; params: unknown[] }

const fen = (column: string) => `coalesce(sum(${column}), 0)::bigint::text`
const inRange = `month_index between ? and ? and (?::text is null or town = ?)`
// A part's rows as one JSON array, in the given order (an aggregate does not promise its input's order).
const rows = (sql: string, order = "") => `(select coalesce(json_agg(r${order ? ` order by ${order}` : ""}), '[]'::json) from (${sql}) r)`

function parts(f: ReportFilter): Record<string, Part> {
  const town = f.town ?? null
  const category = f.category ?? "*"
  const scope = [f.from, f.to, town, town]
  return {
    sales: {
      sql: rows(`select grouping(month_index, town, seller_type) as g, month_index, town, seller_type, ${fen("sales_fen")} as sales_fen, sum(orders)::int as orders, sum(parcels)::int as parcels
         from impact_sales where category = ? and ${inRange}
        group by grouping sets ((), (month_index), (town), (seller_type))`),
      params: [category, ...scope],
    },
    categories: {
      sql: rows(`select category as key, ${fen("sales_fen")} as sales_fen, sum(orders)::int as orders, sum(parcels)::int as parcels
         from impact_sales where category <> '*' and (?::text is null or category = ?) and ${inRange}
        group by category`, "r.sales_fen::numeric desc"),
      params: [f.category ?? null, f.category ?? null, ...scope],
    },
    householdMonths: {
      sql: rows(`select month_index, sum(households)::int as households, (sum(households) filter (where poor))::int as poor_households,
              ${fen("income_fen")} as household_income_fen, ${fen("income_fen) filter (where poor")} as poor_income_fen
         from impact_income where category = ? and ${inRange} group by month_index`),
      params: [category, ...scope],
    },
    // Income over the range, and the distinct households with a month of income in it: those whose first income month
    // counting from `from` is no later than `to` (impact_reach).
    households: {
      sql: `(select row_to_json(r) from (select i.*, h.* from
          (select ${fen("income_fen")} as household_income_fen, ${fen("income_fen) filter (where poor")} as poor_income_fen
             from impact_income where category = ? and ${inRange}) i,
          (select coalesce(sum(households), 0)::int as households, coalesce(sum(households) filter (where poor), 0)::int as poor_households
             from impact_reach where category = ? and from_index = ? and next_index <= ? and (?::text is null or town = ?)) h) r)`,
      params: [category, ...scope, category, f.from, f.to, town, town],
    },
    stations: {
      sql: rows(`select month_index, sum(intakes)::int as intakes, ${fen("intake_fen")} as intake_fen, sum(assisted_orders)::int as assisted_orders,
              ${fen("assisted_fen")} as assisted_fen
         from impact_station where category = ? and ${inRange} group by month_index`, "r.month_index"),
      params: [category, ...scope],
    },
    logistics: {
      sql: rows(`select month_index, sum(runs)::int as runs, sum(parcels)::int as parcels, ${fen("saved_fen")} as saved_fen
         from impact_logistics where month_index between ? and ? group by month_index`, "r.month_index"),
      params: [f.from, f.to],
    },
    refreshed_at: { sql: `(select max(created_at) from impact_sales)`, params: [] },
  }
}

/** Distinct households with income in the range, per category (the public page hides those under five). */
const byCategory = (f: ReportFilter): Part => ({
  sql: rows(`select category, sum(households)::int as households from impact_reach
      where category <> '*' and from_index = ? and next_index <= ? group by category`),
  params: [f.from, f.to],
})

export async function readReport(run: Run, f: ReportFilter, options: { householdsByCategory?: boolean } = {}) {
  const all = { ...parts(f), ...(options.householdsByCategory ? { householdsByCategory: byCategory(f) } : {}) }
  const entries = Object.entries(all)
  const [row] = await run(`select ${entries.map(([name, p]) => `${p.sql} as "${name}"`).join(",\n")}`, entries.flatMap(([, p]) => p.params))
  const households = row.households ?? { household_income_fen: "0", poor_income_fen: "0", households: 0, poor_households: 0 }
  return {
    sales: row.sales as any[],
    categories: row.categories as any[],
    householdMonths: row.householdMonths as any[],
    households,
    stations: row.stations as any[],
    logistics: row.logistics as any[],
    refreshed_at: (row.refreshed_at ?? null) as Date | string | null,
    householdsByCategory: new Map<string, number>((row.householdsByCategory ?? []).map((r: any) => [String(r.category), Number(r.households)])),
  }
}

export type ReportRows = Awaited<ReturnType<typeof readReport>>
