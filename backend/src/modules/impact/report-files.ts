import { centsText, type ImpactReport } from "@luotian/contract"
import { csvCell, csvText } from "../../lib/csv"
import { cjkPdf } from "../../lib/print/cjk-pdf"

// The dashboard's exports: a CSV for spreadsheets and a printable PDF report in Chinese (with English headings).

const yuan = (fen: string) => centsText(BigInt(fen))
const SELLER_TYPE: Record<string, string> = { cooperative: "合作社 Cooperative", enterprise: "企业 Enterprise", household: "农户 Household" }

export const reportFileName = (r: ImpactReport, ext: string) => `impact-${r.from}-${r.to}${r.town ? `-${r.town}` : ""}${r.category ? `-${r.category}` : ""}.${ext}`

export function reportCsv(r: ImpactReport) {
  const lines: string[][] = [
    ["月份 Month", "网上销售额 Online sales (CNY)", "订单 Orders", "包裹 Parcels", "有收入农户 Households with income", "其中贫困户 Poor households", "农户收入 Household income (CNY)", "贫困户收入 Poor households' income (CNY)"].map((c) => csvCell(c)),
  ]
  const row = (label: string, m: ImpactReport["months"][number] | ImpactReport["totals"]) =>
    [csvCell(label), yuan(m.sales_fen), m.orders, m.parcels, m.households, m.poor_households, yuan(m.household_income_fen), yuan(m.poor_income_fen)].map(String)
  for (const m of r.months) lines.push(row(m.month, m))
  lines.push(row("合计 Total", r.totals))
  for (const [title, groups] of [["品类 Category", r.by_category], ["乡镇 Town", r.by_town], ["经营主体 Seller type", r.by_seller_type]] as const) {
    lines.push([], [csvCell(title), csvCell("网上销售额 Online sales (CNY)"), csvCell("订单 Orders"), csvCell("包裹 Parcels")])
    for (const g of groups) lines.push([csvCell(g.key), yuan(g.sales_fen), String(g.orders), String(g.parcels)])
  }
  return csvText(lines)
}

export async function reportPdf(r: ImpactReport): Promise<Buffer> {
  const { doc, done } = cjkPdf({ size: "A4", margin: 48, info: { Title: `罗田县电商扶贫成效报告 ${r.from}–${r.to}` } })
  doc.font("cjk").fontSize(20).text("罗田县电商扶贫成效报告", { align: "center" })
  doc.fontSize(11).text("Luotian e-commerce impact report", { align: "center" }).moveDown(0.5)
  doc.fontSize(12).text(`期间 Period：${r.from} – ${r.to}    乡镇 Town：${r.town ?? "全县 All"}    品类 Category：${r.category ?? "全部 All"}`)
  const t = r.totals
  doc.moveDown(0.5).fontSize(13)
  for (const line of [
    `网上销售额 Online sales：${yuan(t.sales_fen)} 元，订单 ${t.orders} 笔，包裹 ${t.parcels} 件`,
    `有收入农户 Households with income：${t.households} 户，收入 ${yuan(t.household_income_fen)} 元`,
    `贫困户 Registered-poor households reached：${t.poor_households} 户，收入 ${yuan(t.poor_income_fen)} 元`,
  ]) doc.text(line)
  doc.moveDown(0.5).fontSize(14).text("按月 By month").fontSize(10)
  for (const m of r.months) doc.text(`${m.month}   销售 ${yuan(m.sales_fen)} 元   订单 ${m.orders}   农户 ${m.households}（贫困户 ${m.poor_households}）   农户收入 ${yuan(m.household_income_fen)} 元`)
  for (const [title, groups, label] of [
    ["按品类 By category", r.by_category, (k: string) => k],
    ["按乡镇 By town", r.by_town, (k: string) => k],
    ["按经营主体 By seller type", r.by_seller_type, (k: string) => SELLER_TYPE[k] ?? k],
  ] as const) {
    doc.moveDown(0.5).fontSize(14).text(title).fontSize(10)
    for (const g of groups) doc.text(`${label(g.key)}   ${yuan(g.sales_fen)} 元   ${g.orders} 笔`)
  }
  const b = r.baseline
  doc.moveDown(0.5).fontSize(14).text("基线：案例研究 2014–2016 Baseline (case study)").fontSize(10)
  doc.text(`全县网上销售额 County online sales：2014 年 ${b.online_sales_million_yuan[2014]} 百万元，2015 年 ${b.online_sales_million_yuan[2015]} 百万元，2016 年 ${b.online_sales_million_yuan[2016]} 百万元`)
  doc.text(`2016 年底脱贫 ${b.households_out_of_poverty_2016} 户；村级服务站交易额 2015 年 ${b.station_trade_million_yuan[2015]} 百万元，2016 年 ${b.station_trade_million_yuan[2016]} 百万元`)
  doc.end()
  return done
}
