import { ledgerCsv } from "./csv"

describe("the household ledger's CSV", () => {
  const row = { month: "2026-12", name: "王秀英", village: "屯兵堰村", poor_household: true, kind: "lot_sale", lot_code: "LG-A", order: 12, amount_fen: "4795", status: "open", reference: null }

  it("writes one line per entry in yuan and the month's exact total, for Excel (BOM, CRLF)", () => {
    const csv = ledgerCsv([row, { ...row, kind: "reversal", amount_fen: "-1598" }])
    const lines = csv.split("\r\n")
    expect(csv.startsWith("\uFEFF月份 Month,")).toBe(true)
    expect(lines[1]).toBe("2026-12,王秀英,屯兵堰村,是 yes,批次销售 lot sale,LG-A,12,47.95,open,")
    expect(lines[2]).toContain(",冲回 reversal,LG-A,12,-15.98,")
    expect(lines[3]).toBe("合计 Total,,,,,,,31.97,,")
  })

  it("never lets a name or reference run as a spreadsheet formula", () => {
    const csv = ledgerCsv([{ ...row, name: "=HYPERLINK(\"x\")", reference: "+1" }])
    expect(csv).toContain(`'=HYPERLINK(""x"")`)
    expect(csv).toContain(",'+1")
  })
})
