import type { Locale } from "@/lib/i18n/locales"

// The public impact page's texts: what the platform brought the county's households, aggregates only.
const zh = {
  title: "助农成效",
  lead: "罗田县域特产旗舰店近 12 个月的网上销售与农户收入。只公布汇总数字；不足 5 户的分组不显示户数，以保护农户隐私。",
  period: (from: string, to: string) => `统计期间：${from} 至 ${to}`,
  sales: "网上销售额",
  orders: "订单",
  households: "有收入的农户",
  householdIncome: "农户收入",
  poor: "其中建档立卡贫困户",
  poorIncome: "贫困户收入",
  fewerThanFive: "不足5户",
  hidden: "不足5户，不公布",
  householdsUnit: (n: number) => `${n} 户`,
  byMonth: "每月网上销售额（元）",
  byCategory: "各品类",
  categoryHouseholds: "有收入农户",
  baseline: "基线：案例研究中的全县数字",
  baselineSales: (year: number, million: number) => `${year} 年全县网上销售额 ${million} 百万元`,
  baselinePoverty: (n: number) => `2016 年底全县 ${n.toLocaleString("zh-CN")} 户脱贫`,
  empty: "成效数据暂时无法读取，请稍后再来。",
  chartLabel: (month: string, amount: string) => `${month}：${amount}`,
}

const en: typeof zh = {
  title: "Our impact",
  lead: "Online sales and household incomes of the Luotian flagship store over the last 12 months. Only totals are published; any group of fewer than 5 households shows no count, to protect the households' privacy.",
  period: (from, to) => `Period: ${from} to ${to}`,
  sales: "Online sales",
  orders: "Orders",
  households: "Households with income",
  householdIncome: "Household income",
  poor: "Of them registered-poor",
  poorIncome: "Poor households' income",
  fewerThanFive: "fewer than 5",
  hidden: "fewer than 5, not published",
  householdsUnit: (n) => `${n} households`,
  byMonth: "Online sales by month (CN¥)",
  byCategory: "By category",
  categoryHouseholds: "Households with income",
  baseline: "Baseline: the county's figures in the case study",
  baselineSales: (year, million) => `${year}: county online sales ${million} million yuan`,
  baselinePoverty: (n) => `End of 2016: ${n.toLocaleString("en")} households out of poverty`,
  empty: "The impact figures cannot be read just now; please come back later.",
  chartLabel: (month, amount) => `${month}: ${amount}`,
}

export const impactDictionary = (locale: Locale) => (locale === "en" ? en : zh)
