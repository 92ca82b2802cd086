import { z } from "zod"
import { townNamed } from "./rules/towns"
import type { PublicHouseholdGroup } from "./rules/households"

// The county's impact: the association's dashboard (GET /admin/impact) and the public page (GET /store/impact).
// Money is whole fen as decimal text; household counts outside the association pass through publicHouseholdGroup.

const month = z
  .string()
  .regex(/^(20\d{2})-(0[1-9]|1[0-2])$/, "must be a month written YYYY-MM in the years 2000–2099, e.g. 2026-05")

/** A span of at most five years of months, so one request never asks for a century. */
export const MAX_IMPACT_MONTHS = 60

export const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1
export const monthOfIndex = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`

/** The months from..to, both included. */
export const monthsBetween = (from: string, to: string) =>
  Array.from({ length: monthIndex(to) - monthIndex(from) + 1 }, (_, k) => monthOfIndex(monthIndex(from) + k))

const town = z
  .string()
  .max(20, "must be at most 20 characters")
  .transform((value, ctx) => {
    const found = townNamed(value)
    if (!found) ctx.addIssue({ code: "custom", message: "must be one of Luotian's 12 towns, e.g. 胜利镇 or Shengli" })
    return found?.name ?? value
  })

const category = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, "must be a category handle, e.g. chestnut")

const checkSpan = (q: { from: string; to: string }, ctx: z.RefinementCtx) => {
  if (monthIndex(q.to) < monthIndex(q.from)) ctx.addIssue({ code: "custom", path: ["to"], message: "must not be before from" })
  else if (monthIndex(q.to) - monthIndex(q.from) >= MAX_IMPACT_MONTHS)
    ctx.addIssue({ code: "custom", path: ["to"], message: `must be at most ${MAX_IMPACT_MONTHS} months after from` })
}

/** GET /admin/impact (and its .csv and .pdf): a month range, optionally one town and one category. */
export const ImpactQuery = z.object({ from: month, to: month, town: town.optional(), category: category.optional() }).strict().superRefine(checkSpan)
export type ImpactQuery = z.infer<typeof ImpactQuery>

/** GET /store/impact: the public page's month range (defaults: the last 12 months). */
export const PublicImpactQuery = z
  .object({ from: month.optional(), to: month.optional() })
  .strict()
  .superRefine((q, ctx) => {
    if (!q.from !== !q.to) ctx.addIssue({ code: "custom", path: [q.from ? "to" : "from"], message: "must be given with the other end of the range" })
    else if (q.from && q.to) checkSpan({ from: q.from, to: q.to }, ctx)
  })

/** POST /admin/impact/refresh: rebuild the rollups of the months from..to now. */
export const ImpactRefreshBody = z.object({ from: month, to: month }).strict().superRefine(checkSpan)
export type ImpactRefreshBody = z.infer<typeof ImpactRefreshBody>

export type SalesFigures = { sales_fen: string; orders: number; parcels: number }
export type ImpactGroup = SalesFigures & { key: string }

/** The dashboard's answer: every figure in the range, and the same by month, category, town and seller type. */
export type ImpactReport = {
  from: string
  to: string
  town: string | null
  category: string | null
  refreshed_at: string | null
  totals: SalesFigures & {
    households: number
    poor_households: number
    household_income_fen: string
    poor_income_fen: string
  }
  months: (SalesFigures & { month: string; households: number; poor_households: number; household_income_fen: string; poor_income_fen: string })[]
  by_category: ImpactGroup[]
  by_town: ImpactGroup[]
  by_seller_type: ImpactGroup[]
  stations: { month: string; intakes: number; intake_fen: string; assisted_orders: number; assisted_fen: string }[]
  logistics: { month: string; runs: number; parcels: number; saved_fen: string }[]
  baseline: typeof LUOTIAN_BASELINE
}

/** The public page's answer: aggregates only; any group of fewer than five households is "fewer_than_5". */
export type PublicImpact = {
  from: string
  to: string
  sales_fen: string
  orders: number
  households: PublicHouseholdGroup
  poor_households: PublicHouseholdGroup
  /** Hidden (null) when the households it sums are fewer than five. */
  household_income_fen: string | null
  poor_income_fen: string | null
  months: { month: string; sales_fen: string; orders: number; households: PublicHouseholdGroup }[]
  by_category: { key: string; sales_fen: string; households: PublicHouseholdGroup }[]
  baseline: typeof LUOTIAN_BASELINE
}

/** The case study's county figures, 2014–2016 (../shared/domain/luotian.md), shown as the baseline. */
export const LUOTIAN_BASELINE = {
  online_sales_million_yuan: { 2014: 20.5, 2015: 280, 2016: 810 },
  online_stores: { 2014: 160, 2015: 890, 2016: 1525 },
  village_stations: { 2014: 0, 2015: 150, 2016: 180 },
  households_out_of_poverty_2016: 22177,
  station_trade_million_yuan: { 2015: 6, 2016: 9 },
  poor_income_gain_jan_aug_2017_million_yuan: 16.5,
} as const
