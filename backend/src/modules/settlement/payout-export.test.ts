import iconv from "iconv-lite"
import { encodeTransferFile, payoutDetailCsv, transferLines, type ExportRow } from "./payout-export"

const rows: ExportRow[] = [
  { item_id: "setpi_1", method: "bank", holder_name: "罗田县胜利镇板栗专业合作社", bank_name: "中国农业银行罗田县支行", account_number: "6228480000000000001", amount: "1234.50" },
  { item_id: "setpi_2", method: "alipay", holder_name: "王家药材", bank_name: null, account_number: "13800000007", amount: "100.00" },
]

describe("the bank's batch transfer upload", () => {
  it("writes one row per item of the method, numbered, with the full account number and the item's id as remark", () => {
    expect(transferLines(rows, "bank")).toBe(
      "序号,收款人账号,收款人户名,收款银行,金额(元),用途,备注\r\n1,6228480000000000001,罗田县胜利镇板栗专业合作社,中国农业银行罗田县支行,1234.50,货款,setpi_1\r\n"
    )
    expect(transferLines(rows, "alipay")).toBe("序号,收款方支付宝账号,收款方姓名,金额(元),备注\r\n1,13800000007,王家药材,100.00,setpi_2\r\n")
  })

  it("keeps a name a spreadsheet would run as a formula as text", () => {
    expect(transferLines([{ ...rows[0], holder_name: "=HYPERLINK()" }], "bank")).toContain(",'=HYPERLINK(),")
  })

  it("encodes in GBK, refuses a name GBK cannot write, and writes UTF-8 with a BOM when asked", () => {
    const text = transferLines(rows, "bank")
    const gbk = encodeTransferFile(text, "gbk")!
    expect(iconv.decode(gbk, "gbk")).toBe(text)
    expect(gbk.length).toBeLessThan(Buffer.byteLength(text, "utf8"))
    expect(encodeTransferFile(transferLines([{ ...rows[0], holder_name: "𠮷野家" }], "bank"), "gbk")).toBeNull()
    expect(encodeTransferFile(text, "utf8")!.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
  })
})

describe("a seller's payout detail", () => {
  it("lists the orders paid, a refund after an earlier payout as a negative line, and the total", () => {
    const csv = payoutDetailCsv(
      { id: "setpi_1", created_at: "2026-12-03T02:00:00Z", currency_code: "cny", amount: "78.40", status: "paid", bank_reference: "ABC-1" },
      [{ order_id: "order_1", display_id: 12, amount: "-66.50" }, { order_id: "order_2", display_id: 15, amount: "144.90" }]
    )
    expect(csv.split("\r\n")).toEqual([
      "\uFEFF付款单 Payout,日期(北京时间) Date (Beijing time),币种 Currency,状态 Status,银行流水号 Bank reference",
      "setpi_1,2026-12-03 10:00,CNY,paid,ABC-1",
      "",
      "订单号 Order no.,订单ID Order ID,金额 Amount",
      "12,order_1,-66.50",
      "15,order_2,144.90",
      "合计 Total,,78.40",
      "",
    ])
  })
})
