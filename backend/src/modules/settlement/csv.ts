import { csvCell, csvText } from "../../lib/csv"
import type { Statement, StatementRow } from "./statement"
import { beijingTime } from "./month"

type Totals = Pick<Statement, "currency_code" | "totals">
// A seller's own statement comes without the buyers' purchase ids (see sellerStatement).
type Row = Omit<StatementRow, "purchase_order_id"> & { purchase_order_id?: string | null }
type Referral = { display_id?: number | null; order_id: string; partner?: { name: string; name_en: string } | null; rate: string; base: string; amount: string }
type Named = Omit<Statement, "orders"> & {
  orders: Row[]
  seller?: { name: string; name_en?: string | null } | null
  referrals?: { lines: Referral[]; total: string }
}

const REFERRAL_COLUMNS = ["合作点推荐费 Partner point referrals", "订单号 Order no.", "合作点 Partner point", "费率 Rate", "订单销售额 Order gross", "推荐费 Referral"]

// A seller's referrals to partner points, after its sales: a block of their own (a blank line, a header, a row per
// order, a total), so the sales columns above keep their meaning.
function referralLines(statement: Named): string[][] {
  const referrals = statement.referrals
  if (!referrals?.lines.length) return []
  return [
    [],
    REFERRAL_COLUMNS.map((c) => cell(c)),
    ...referrals.lines.map((line) => [
      "",
      cell(line.display_id ?? line.order_id),
      cell(line.partner ? `${line.partner.name} ${line.partner.name_en}` : ""),
      cell(line.rate, false),
      cell(line.base, false),
      cell(line.amount, false),
    ]),
    [cell("合计 Total"), "", "", "", "", cell(referrals.total, false)],
  ]
}

const PURCHASE_COLUMN = "采购单 Purchase order"
const ORDER_COLUMNS = [
  "订单号 Order no.",
  "订单ID Order ID",
  PURCHASE_COLUMN,
  "下单时间(北京时间) Placed at (Beijing time)",
  "币种 Currency",
  "销售额 Gross",
  "平台服务费 Platform fee",
  "退款 Refunds",
  "结算净额 Net",
]
const SELLER_COLUMNS = ["商户 Seller", "商户ID Seller ID"]

const cell = csvCell

const amounts = (f: Statement["totals"]) => [f.gross, f.fee, f.refunds, f.net].map((a) => cell(a, false))

function orderLines(statement: Named, prefix: string[], purchases: boolean) {
  return statement.orders.map((row) => [
    ...prefix,
    cell(row.display_id),
    cell(row.order_id),
    ...(purchases ? [cell(row.purchase_order_id)] : []),
    cell(beijingTime(row.placed_at)),
    cell(statement.currency_code.toUpperCase()),
    ...amounts(row),
  ])
}

// A totals line: the label in the order-number column, blank order fields, then currency and amounts.
const totalsLine = (prefix: string[], label: string, statement: Totals, purchases: boolean) => [
  ...prefix,
  cell(label),
  "",
  ...(purchases ? [""] : []),
  "",
  cell(statement.currency_code.toUpperCase()),
  ...amounts(statement.totals),
]

/**
 * Statements as a CSV that Excel opens with its Chinese intact: a UTF-8 BOM, CRLF lines, a bilingual header, one row per
 * order and a totals row. With `bySeller` (the association's export) each seller's rows end in its subtotal,
 * `grandTotal` closes the file and each row names the buyer's purchase; a seller's own export never does, and lists its
 * referrals to partner points after its totals.
 */
export function statementsCsv(statements: Named[], options: { bySeller?: boolean; grandTotal?: Totals } = {}) {
  const purchases = Boolean(options.bySeller)
  const columns = ORDER_COLUMNS.filter((c) => purchases || c !== PURCHASE_COLUMN)
  const lines: string[][] = [[...(options.bySeller ? SELLER_COLUMNS : []), ...columns].map((c) => cell(c))]
  for (const statement of statements) {
    if (!options.bySeller) {
      lines.push(...orderLines(statement, [], purchases), totalsLine([], "合计 Total", statement, purchases), ...referralLines(statement))
      continue
    }
    const seller = statement.seller ? [statement.seller.name, statement.seller.name_en].filter(Boolean).join(" ") : ""
    const prefix = [cell(seller), cell(statement.seller_id)]
    lines.push(...orderLines(statement, prefix, purchases), totalsLine(prefix, "小计 Subtotal", statement, purchases))
  }
  if (options.grandTotal) lines.push(totalsLine(options.bySeller ? ["", ""] : [], "合计 Total", options.grandTotal, purchases))
  return csvText(lines)
}
