import { statementsCsv } from "./csv"

const statement = (referrals?: any) => ({
  seller_id: "sel_1",
  month: "2026-12",
  currency_code: "cny",
  fee_rate: "0",
  orders: [{ order_id: "order_1", display_id: 7, placed_at: "2026-12-01T02:00:00.000Z", fee_rate: "0", gross: "100.00", fee: "0.00", refunds: "0.00", net: "100.00" }],
  totals: { gross: "100.00", fee: "0.00", refunds: "0.00", net: "100.00" },
  ...(referrals ? { referrals } : {}),
})
const rows = (csv: string) => csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n")

describe("a seller's statement CSV", () => {
  it("lists the partner points' referrals after the totals, in a block of their own", () => {
    const referrals = {
      lines: [{ order_id: "order_1", display_id: 7, partner: { name: "天堂寨", name_en: "Tiantangzhai" }, rate: "0.03", base: "100.00", amount: "3.00" }],
      total: "3.00",
    }
    expect(rows(statementsCsv([statement(referrals)])).slice(2)).toEqual([
      "合计 Total,,,CNY,100.00,0.00,0.00,100.00",
      "",
      "合作点推荐费 Partner point referrals,订单号 Order no.,合作点 Partner point,费率 Rate,订单销售额 Order gross,推荐费 Referral",
      ",7,天堂寨 Tiantangzhai,0.03,100.00,3.00",
      "合计 Total,,,,,3.00",
    ])
  })

  it("ends at the totals when no point brought an order", () => {
    const csv = rows(statementsCsv([statement({ lines: [], total: "0.00" })]))
    expect(csv).toHaveLength(3)
    expect(csv[2]).toBe("合计 Total,,,CNY,100.00,0.00,0.00,100.00")
  })
})
