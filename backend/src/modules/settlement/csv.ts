import type { Statement, StatementRow } from "./statement"
import { beijingTime } from "./month"

type Totals = Pick<Statement, "currency_code" | "totals">
// A seller's own statement comes without the buyers' purchase ids (see sellerStatement).
type Row = Omit<StatementRow, "purchase_order_id"> & { purchase_order_id?: string | null }
type Named = Omit<Statement, "orders"> & { orders: Row[]; seller?: { name: string; name_en?: string | null } | null }

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

// Quotes what needs it (RFC 4180); text that a spreadsheet would run as a formula is prefixed with '.
function cell(value: unknown, text = true) {
  let s = value == null ? "" : String(value)
  if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

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
 * `grandTotal` closes the file and each row names the buyer's purchase; a seller's own export never does.
 */
export function statementsCsv(statements: Named[], options: { bySeller?: boolean; grandTotal?: Totals } = {}) {
  const purchases = Boolean(options.bySeller)
  const columns = ORDER_COLUMNS.filter((c) => purchases || c !== PURCHASE_COLUMN)
  const lines: string[][] = [[...(options.bySeller ? SELLER_COLUMNS : []), ...columns].map((c) => cell(c))]
  for (const statement of statements) {
    if (!options.bySeller) {
      lines.push(...orderLines(statement, [], purchases), totalsLine([], "合计 Total", statement, purchases))
      continue
    }
    const seller = statement.seller ? [statement.seller.name, statement.seller.name_en].filter(Boolean).join(" ") : ""
    const prefix = [cell(seller), cell(statement.seller_id)]
    lines.push(...orderLines(statement, prefix, purchases), totalsLine(prefix, "小计 Subtotal", statement, purchases))
  }
  if (options.grandTotal) lines.push(totalsLine(options.bySeller ? ["", ""] : [], "合计 Total", options.grandTotal, purchases))
  return "\uFEFF" + lines.map((line) => line.join(",")).join("\r\n") + "\r\n"
}
