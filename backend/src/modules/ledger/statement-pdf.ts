import { centsText } from "@luotian/contract"
import { cjkPdf } from "../../lib/print/cjk-pdf"

// A household's monthly income statement on paper (农户收入月结单): households read it printed, so Chinese in large
// type, one A4 page for the usual month, the amounts in yuan. The household's name and village only: no ID number.

export type StatementFacts = {
  seller: string
  household: string
  village: string
  month: string
  rule: string
  entries: { posted_on: string; kind: string; source: string; amount_fen: string }[]
  total_fen: string
  status: string
}

const KIND: Record<string, string> = { lot_sale: "批次销售分成", contract_purchase: "保底收购", intake: "服务站代销收购", reversal: "退款/召回冲回" }
const STATUS: Record<string, string> = { open: "未结账", closed: "已结账，待付款", paid: "已付款" }
const yuan = (fen: string) => `${centsText(BigInt(fen))} 元`

export async function renderHouseholdStatement(facts: StatementFacts): Promise<Buffer> {
  const { doc, done } = cjkPdf({ size: "A4", margin: 48, info: { Title: `农户收入月结单 ${facts.month}` } })
  doc.font("cjk").fontSize(24).text("农户收入月结单", { align: "center" })
  doc.moveDown(0.5).fontSize(16)
  for (const line of [`合作社/企业：${facts.seller}`, `农户：${facts.household}（${facts.village}）`, `月份：${facts.month}`, `分配办法：${facts.rule}`]) doc.text(line)
  doc.moveDown(0.5)
  if (!facts.entries.length) doc.fontSize(16).text("本月没有收入记录。")
  for (const e of facts.entries) {
    doc.fontSize(15).text(`${e.posted_on}  ${KIND[e.kind] ?? e.kind}  ${e.source}`, { continued: false })
    doc.fontSize(17).text(yuan(e.amount_fen), { align: "right" })
  }
  doc.moveDown(0.5).fontSize(20).text(`本月合计：${yuan(facts.total_fen)}`, { align: "right" })
  doc.fontSize(16).text(`状态：${STATUS[facts.status] ?? "无"}`, { align: "right" })
  doc.moveDown(1).fontSize(14).text("如有疑问，请与合作社联系。农户签字：__________")
  doc.end()
  return done
}
