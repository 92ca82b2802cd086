import { accountDictionary } from "../../lib/i18n/account"
import { formatAmount, formatDay, fulfilmentWords } from "./format"

const courier = { created_at: "2026-01-02T03:00:00Z", method: "courier" as const, carrier: "顺丰速运", tracking_number: "SF1234567890", station: null }
const station = { created_at: "2026-01-02T03:00:00Z", method: "station" as const, carrier: null, tracking_number: null, station: "九资河镇服务站" }

describe("account formatting", () => {
  it("says where each seller's part is", () => {
    const zh = accountDictionary("zh-CN").status
    const en = accountDictionary("en").status
    expect(fulfilmentWords({ status: "pending", fulfillments: [] }, zh)).toBe("尚未发货")
    expect(fulfilmentWords({ status: "pending", fulfillments: [courier] }, zh)).toBe("已由顺丰速运发货，运单号 SF1234567890")
    expect(fulfilmentWords({ status: "pending", fulfillments: [courier] }, en)).toBe("Shipped by 顺丰速运, tracking SF1234567890")
    expect(fulfilmentWords({ status: "pending", fulfillments: [station] }, en)).toBe("Handed to station 九资河镇服务站")
    expect(fulfilmentWords({ status: "canceled", fulfillments: [] }, en)).toBe("The seller canceled this part of the order")
  })

  it("writes amounts exactly and days in China's time", () => {
    expect(formatAmount(291.5, "cny", "zh-CN")).toBe("¥291.50")
    expect(formatAmount("1380", "cny", "en")).toBe("CN¥1,380.00")
    expect(formatAmount(0.1 + 0.2, "usd", "en")).toBe("USD 0.30")
    expect(formatDay("2026-01-01T17:00:00Z", "zh-CN")).toBe("2026年1月2日")
    expect(formatDay("2026-01-01T17:00:00Z", "en")).toBe("January 2, 2026")
  })
})
