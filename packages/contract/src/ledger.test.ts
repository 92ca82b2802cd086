import { ledgerTotals, type LedgerHouseholdRow } from "./ledger"

const row = (member_id: string, poor_household: boolean, month_fen: string, year_fen: string): LedgerHouseholdRow => ({
  member_id, name: member_id, village: "v", poor_household, month_fen, year_fen, month_status: null,
})

describe("ledger totals", () => {
  it("sums the month and the year exactly and counts the registered-poor apart", () => {
    const rows = [row("a", false, "90071992547409930", "90071992547409930"), row("b", true, "6708", "10000"), row("c", true, "0", "2550"), row("d", true, "-2550", "0")]
    expect(ledgerTotals(rows)).toEqual({
      all: { households_with_income: 2, month_fen: "90071992547414088", year_fen: "90071992547422480" },
      poor: { households_with_income: 1, month_fen: "4158", year_fen: "12550" },
    })
  })

  it("gives zeros for a seller without households", () => {
    const zero = { households_with_income: 0, month_fen: "0", year_fen: "0" }
    expect(ledgerTotals([])).toEqual({ all: zero, poor: zero })
  })
})
