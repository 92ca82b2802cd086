import iconv from "iconv-lite"
import { cjkPdf } from "../../lib/print/cjk-pdf"
import { csvCell as cell } from "../../lib/csv"
import { beijingTime } from "./month"

// What the association uploads to its bank (or Alipay) to pay a batch, and the summary it files with it; and a seller's
// detail of one payout. Only the upload carries full account numbers (README, "Payouts").

export type ExportRow = {
  item_id: string
  method: "bank" | "alipay"
  holder_name: string
  bank_name: string | null
  account_number: string
  amount: string
}

// The columns of Chinese online banking's batch transfer (批量转账) upload, and of Alipay's batch payment (批量付款).
const BANK_COLUMNS = ["序号", "收款人账号", "收款人户名", "收款银行", "金额(元)", "用途", "备注"]
const ALIPAY_COLUMNS = ["序号", "收款方支付宝账号", "收款方姓名", "金额(元)", "备注"]
// 货款: what the seller is paid is the proceeds of its sales.
const PURPOSE = "货款"

/** One batch's items of one method, as the upload file's lines; the remark is the item's id, to match the bank's statement. */
export function transferLines(rows: ExportRow[], method: "bank" | "alipay") {
  const own = rows.filter((row) => row.method === method)
  const lines =
    method === "bank"
      ? own.map((r, i) => [String(i + 1), r.account_number, cell(r.holder_name), cell(r.bank_name ?? ""), r.amount, PURPOSE, r.item_id])
      : own.map((r, i) => [String(i + 1), cell(r.account_number), cell(r.holder_name), r.amount, r.item_id])
  return [method === "bank" ? BANK_COLUMNS : ALIPAY_COLUMNS, ...lines].map((line) => line.join(",")).join("\r\n") + "\r\n"
}

/**
 * The upload file in GBK, the encoding the banks' and Alipay's batch import tools read, or UTF-8 with a BOM (for a
 * spreadsheet). A name GBK cannot write (a rare character) is refused rather than sent as "?" to the bank.
 */
export function encodeTransferFile(text: string, encoding: "gbk" | "utf8") {
  if (encoding === "utf8") return Buffer.from("\uFEFF" + text, "utf8")
  const bytes = iconv.encode(text, "gbk")
  if (iconv.decode(bytes, "gbk") !== text) return null
  return bytes
}

/** A seller's detail of one payout: the orders it paid with their amounts, then the total (UTF-8 BOM, bilingual). */
export function payoutDetailCsv(
  payout: { id: string; created_at: string; currency_code: string; amount: string; status: string; bank_reference: string | null },
  orders: { order_id: string; display_id: number | null; amount: string }[]
) {
  const lines = [
    ["付款单 Payout", "日期(北京时间) Date (Beijing time)", "币种 Currency", "状态 Status", "银行流水号 Bank reference"].map((c) => cell(c)),
    [cell(payout.id), cell(beijingTime(payout.created_at)), cell(payout.currency_code.toUpperCase()), cell(payout.status), cell(payout.bank_reference ?? "")],
    [],
    ["订单号 Order no.", "订单ID Order ID", "金额 Amount"].map((c) => cell(c)),
    ...orders.map((o) => [cell(o.display_id ?? ""), cell(o.order_id), cell(o.amount, false)]),
    [cell("合计 Total"), "", cell(payout.amount, false)],
  ]
  return "\uFEFF" + lines.map((line) => line.join(",")).join("\r\n") + "\r\n"
}

type SummaryItem = { seller: string; method: string; holder_name: string; account_number: string; amount: string; status: string; bank_reference: string | null }

/** The batch's summary to file: its total and each item (accounts masked), with room for the approvers' signatures. */
export function renderBatchSummary(
  batch: { id: string; created_at: string; currency_code: string; total: string; totals: Record<string, string> },
  items: SummaryItem[]
): Promise<Buffer> {
  const { doc, done } = cjkPdf({ size: "A4", margin: 40, info: { Title: `付款批次 Payout batch ${batch.id}` } })
  doc.font("cjk")
  const currency = batch.currency_code.toUpperCase()
  doc.fontSize(16).text("罗田县域特产旗舰店 · 商户结算付款批次 Seller payout batch")
  doc.moveDown(0.3).fontSize(10).fillColor("#555555")
  doc.text(`${batch.id} · ${beijingTime(batch.created_at)} (北京时间 Beijing time)`)
  doc.fillColor("#000000").moveDown(0.6).fontSize(12)
  doc.text(`合计 Total: ${batch.total} ${currency} · ${items.length} 笔 items`)
  doc.fontSize(10).text(`待付 Pending ${batch.totals.pending} · 已付 Paid ${batch.totals.paid} · 失败 Failed ${batch.totals.failed}`)
  doc.moveDown(0.8)
  items.forEach((item, i) => {
    doc.fontSize(10).text(`${i + 1}. ${item.seller}`, { continued: false })
    doc.fontSize(9).fillColor("#333333").text(
      `   ${item.method === "bank" ? "银行 Bank" : "支付宝 Alipay"} · ${item.holder_name} · ${item.account_number} · ${item.amount} ${currency} · ${item.status}` +
        (item.bank_reference ? ` · ${item.bank_reference}` : "")
    )
    doc.fillColor("#000000").moveDown(0.3)
  })
  doc.moveDown(2).fontSize(10).text("经办 Prepared by: ____________    复核 Checked by: ____________    审批 Approved by: ____________")
  doc.end()
  return done
}
