import { toPublic, toReport } from "./shape"

// The rollups' rows become every month of the range; the public answer hides households under five.
const rows = {
  sales: [
    { g: 7, sales_fen: "125050", orders: 3, parcels: 2 },
    { g: 3, month_index: 2026 * 12 + 4, sales_fen: "125050", orders: 3, parcels: 2 },
    { g: 5, town: "胜利镇", sales_fen: "100000", orders: 2, parcels: 1 },
    { g: 5, town: "九资河镇", sales_fen: "25050", orders: 1, parcels: 1 },
    { g: 6, seller_type: "cooperative", sales_fen: "125050", orders: 3, parcels: 2 },
  ],
  categories: [{ key: "chestnut", sales_fen: "125050", orders: 3, parcels: 2 }],
  householdMonths: [{ month_index: 2026 * 12 + 4, households: 7, poor_households: 2, household_income_fen: "9000", poor_income_fen: "1000" }],
  households: { households: 7, poor_households: 2, household_income_fen: "9000", poor_income_fen: "1000" },
  stations: [],
  logistics: [],
  refreshed_at: null,
}

describe("impact answers", () => {
  const report = toReport(rows, { from: "2026-04", to: "2026-06" })

  it("lists every month of the range, zeros where nothing happened, and groups by sales", () => {
    expect(report.months.map((m) => [m.month, m.sales_fen, m.households])).toEqual([["2026-04", "0", 0], ["2026-05", "125050", 7], ["2026-06", "0", 0]])
    expect(report.by_town.map((t) => t.key)).toEqual(["胜利镇", "九资河镇"])
    expect(report.totals).toMatchObject({ sales_fen: "125050", orders: 3, households: 7, poor_households: 2 })
  })

  it("shows a group of households only from five up, and no income for a hidden group", () => {
    const shown = toPublic(report, new Map([["chestnut", 4]]))
    expect(shown).toMatchObject({ households: 7, household_income_fen: "9000", poor_households: "fewer_than_5", poor_income_fen: null })
    expect(shown.months.map((m) => m.households)).toEqual(["fewer_than_5", 7, "fewer_than_5"])
    expect(shown.by_category).toEqual([{ key: "chestnut", sales_fen: "125050", households: "fewer_than_5" }])
  })
})
