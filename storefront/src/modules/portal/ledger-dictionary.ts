import type { Locale } from "@/lib/i18n/locales"

// The words of the seller's "Household incomes" pages, zh first.
const zh = {
  title: "农户收入",
  intro: "每户社员从批次销售、保底收购中得到的收入，按北京时间月份记账。结账后记录付款，并可打印每户的月结单。",
  month: "月份",
  household: "农户",
  village: "村",
  poor: "脱贫户",
  thisMonth: "本月收入",
  thisYear: "本年收入",
  totals: "合计（脱贫户单列）",
  allHouseholds: "全部社员",
  poorHouseholds: "其中脱贫户",
  withIncome: "本月有收入户数",
  status: "状态",
  statusWords: { open: "未结账", closed: "已结账·待付款", paid: "已付款", none: "无收入" } as Record<string, string>,
  none: "还没有登记社员。",
  close: "结账本月",
  closeHint: "结账后本月数字不再变化；之后的退款或召回冲回记入下一个月。",
  closed: (total: string) => `已结账，本月应付农户合计 ${total}。`,
  csv: "下载本月明细（CSV）",
  entries: "收入明细",
  noEntries: "本月没有收入记录。",
  kind: { lot_sale: "批次销售分成", contract_purchase: "保底收购", intake: "服务站代销收购", reversal: "冲回（退款或召回）" } as Record<string, string>,
  lot: "批次",
  order: "订单",
  amount: "金额",
  posted: "记账日期",
  pay: "记录付款",
  reference: "付款凭证（转账流水号或现金记账号）",
  paid: "已记录付款。",
  statement: "打印本月月结单（PDF）",
  back: "返回农户收入",
  prev: "上个月",
  next: "下个月",
}

export type LedgerDictionary = typeof zh

const en: LedgerDictionary = {
  title: "Household incomes",
  intro: "What each member household earned from lot sales and contract purchases, by Beijing-time month. Close a month, record the payments, and print each household's monthly statement.",
  month: "Month",
  household: "Household",
  village: "Village",
  poor: "Registered poor",
  thisMonth: "This month",
  thisYear: "This year",
  totals: "Totals (registered-poor households apart)",
  allHouseholds: "All member households",
  poorHouseholds: "Of which registered poor",
  withIncome: "Households with income this month",
  status: "Status",
  statusWords: { open: "open", closed: "closed · to pay", paid: "paid", none: "no income" },
  none: "No member households recorded yet.",
  close: "Close this month",
  closeHint: "Once closed, the month's figures stay as they are; later refunds or recalls count in the next month.",
  closed: (total: string) => `Closed: ${total} due to households this month.`,
  csv: "Download the month's entries (CSV)",
  entries: "Entries",
  noEntries: "No income this month.",
  kind: { lot_sale: "lot sale share", contract_purchase: "contract purchase", intake: "station intake (代销)", reversal: "reversal (refund or recall)" },
  lot: "Lot",
  order: "Order",
  amount: "Amount",
  posted: "Posted",
  pay: "Record payment",
  reference: "Payment reference (transfer or cash book number)",
  paid: "Payment recorded.",
  statement: "Print the monthly statement (PDF)",
  back: "Back to household incomes",
  prev: "Previous month",
  next: "Next month",
}

export const ledgerDictionary = (locale: Locale): LedgerDictionary => (locale === "en" ? en : zh)

/** Fen (decimal text, may be negative) as yuan for reading: "-2227" → "−¥22.27". Exact: no floats. */
export function yuan(fen: string) {
  const value = BigInt(fen)
  const abs = value < 0n ? -value : value
  return `${value < 0n ? "−" : ""}¥${abs / 100n}.${(abs % 100n).toString().padStart(2, "0")}`
}

/** The month before or after a YYYY-MM month. */
export function shiftMonth(month: string, by: 1 | -1) {
  const [y, m] = month.split("-").map(Number)
  const at = y * 12 + (m - 1) + by
  return `${Math.floor(at / 12)}-${String((at % 12) + 1).padStart(2, "0")}`
}
