import type { Context } from "@medusajs/framework/types"
import { MAX_IMPACT_MONTHS } from "@luotian/contract"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import ImpactHousehold from "./models/impact-household"
import ImpactIncome from "./models/impact-income"
import ImpactLogistics from "./models/impact-logistics"
import ImpactSales from "./models/impact-sales"
import ImpactStation from "./models/impact-station"
import ImpactReach from "./models/impact-reach"
import { readReport, type ReportFilter } from "./report"
import { HOUSEHOLD_SQL, INCOME_SQL, reachSql, SALES_SQL, STATION_SQL } from "./rollup-sql"

export type LogisticsMonth = { month_index: number; runs: number; parcels: number; saved_fen: number }

const TABLES = ["impact_sales", "impact_income", "impact_station", "impact_logistics"]

/** The first instant of month index i in Beijing (UTC+8). */
const monthStart = (i: number) => new Date(Date.UTC(Math.floor(i / 12), i % 12, 1) - 8 * 3_600_000)

class ImpactModuleService extends MedusaService({ ImpactSales, ImpactIncome, ImpactHousehold, ImpactReach, ImpactStation, ImpactLogistics }) {
  /**
   * Rebuilds the rollups of months from..to (indexes) in one transaction: the dashboard reads either the old figures
   * or the new, never half. Returns how many rows each rollup now holds for those months.
   */
  @InjectTransactionManager()
  async replaceMonths(from: number, to: number, logistics: LogisticsMonth[], @MedusaContext() sharedContext: Context = {}) {
    const run = (sql: string, params: unknown[]) => (sharedContext.transactionManager as any).execute(sql, params)
    // One refresh at a time: two would each delete, then both insert.
    await run(`select pg_advisory_xact_lock(hashtext('impact_refresh'))`, [])
    for (const table of TABLES) await run(`delete from ${table} where month_index between ? and ?`, [from, to])
    const [start, end] = [monthStart(from), monthStart(to + 1)]
    await run(SALES_SQL, [start, end])
    await run(INCOME_SQL, [from, to])
    // The months' years whole: a household's year row says which months of it had income.
    const [firstYear, lastYear] = [Math.floor(from / 12), Math.floor(to / 12)]
    await run(`delete from impact_household where year between ? and ?`, [firstYear, lastYear])
    await run(HOUSEHOLD_SQL, [firstYear * 12, lastYear * 12 + 11])
    // A start month's reach depends on the income of the MAX_IMPACT_MONTHS from it: rebuilt for every start whose
    // window meets the years just rebuilt.
    const [firstStart, lastStart] = [firstYear * 12 - (MAX_IMPACT_MONTHS - 1), lastYear * 12 + 11]
    await run(`delete from impact_reach where from_index between ? and ?`, [firstStart, lastStart])
    await run(reachSql("?::int", "?::int"), [firstStart, lastStart])
    await run(STATION_SQL, [from, to, start, end])
    for (const l of logistics.filter((l) => l.month_index >= from && l.month_index <= to))
      await run(`insert into impact_logistics (id, month_index, runs, parcels, saved_fen) values (?, ?, ?, ?, ?)`, [
        `impl_${from}_${l.month_index}_${Date.now()}`, l.month_index, l.runs, l.parcels, l.saved_fen,
      ])
    const counts = await run(`select (select count(*) from impact_sales where month_index between ? and ?)::int as sales,
      (select count(*) from impact_household where year between ? and ?)::int as households`, [from, to, Math.floor(from / 12), Math.floor(to / 12)])
    return counts[0] as { sales: number; households: number }
  }

  /**
   * The dashboard's figures for a month range and optional town and category, read from the rollups in one statement;
   * with householdsByCategory (the public page) also the households reached per category.
   */
  @InjectManager()
  async report(filter: ReportFilter, options: { householdsByCategory?: boolean } = {}, @MedusaContext() sharedContext: Context = {}) {
    return readReport((sql, params) => (sharedContext.manager as any).execute(sql, params), filter, options)
  }
}

export default ImpactModuleService
