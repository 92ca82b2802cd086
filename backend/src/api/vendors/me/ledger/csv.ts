import { centsText } from "@luotian/contract"
import { csvCell, csvText } from "../../../../lib/csv"

type Row = { month: string; name: string; village: string; poor_household: boolean; kind: string; lot_code: string | null; order: number | null; amount_fen: string; status: string; reference: string | null }

const HEAD = ["月份 Month", "农户 Household", "村 Village", "脱贫户 Registered poor", "类别 Kind", "批次 Lot", "订单 Order", "金额 Amount (CNY)", "状态 Status", "付款凭证 Payment ref."]
const KIND: Record<string, string> = { lot_sale: "批次销售 lot sale", contract_purchase: "保底收购 contract purchase", intake: "代销收购 station intake", reversal: "冲回 reversal" }

/** The month's entries for the cooperative's accounts, one per line, with the month's total last. Amounts in yuan. */
export function ledgerCsv(rows: Row[]) {
  const lines = rows.map((r) => [
    csvCell(r.month), csvCell(r.name), csvCell(r.village), csvCell(r.poor_household ? "是 yes" : "否 no"), csvCell(KIND[r.kind] ?? r.kind),
    csvCell(r.lot_code), csvCell(r.order, false), csvCell(centsText(BigInt(r.amount_fen)), false), csvCell(r.status), csvCell(r.reference),
  ])
  const total = rows.reduce((sum, r) => sum + BigInt(r.amount_fen), 0n)
  return csvText([HEAD.map((h) => csvCell(h)), ...lines, [csvCell("合计 Total"), "", "", "", "", "", "", csvCell(centsText(total), false), "", ""]])
}
