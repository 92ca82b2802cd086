import { centsText } from "@luotian/contract"

// The dashboard's words in both languages, and how it writes money (fen → yuan, exact).

export const L = {
  title: "成效看板 · Impact",
  hint: "网上销售、农户收入、服务站与物流；以案例研究 2014–2016 年数据为基线 · Online sales, household incomes, stations and logistics, beside the case study's 2014–2016 baseline",
  from: "从 From",
  to: "到 To",
  town: "乡镇 Town",
  category: "品类 Category",
  all: "全部 All",
  csv: "下载 CSV · Download CSV",
  pdf: "下载 PDF 报告 · Download PDF",
  refresh: "重新计算 · Refresh",
  refreshed: "数据更新于 Figures as of",
  sales: "网上销售额 Online sales",
  orders: "订单 Orders",
  parcels: "包裹 Parcels",
  households: "有收入农户 Households with income",
  poor: "贫困户 Registered-poor households",
  householdIncome: "农户收入 Household income",
  poorIncome: "贫困户收入 Poor households' income",
  byMonth: "按月网上销售额（元） · Online sales by month (¥)",
  byCategory: "按品类 · By category (¥)",
  byTown: "按乡镇 · By town (¥)",
  bySellerType: "按经营主体 · By seller type (¥)",
  householdsByMonth: "有收入农户与贫困户 · Households with income and poor households reached",
  incomeByMonth: "农户收入与贫困户收入（元） · Household and poor households' income (¥)",
  stations: "服务站代销与代购（元） · Station consignment and assisted orders (¥)",
  intakes: "代销 Consignment (intakes)",
  assisted: "代购 Assisted orders",
  logistics: "物流节省（元） · Logistics savings (¥)",
  baseline: "基线：全县网上销售额（百万元） · Baseline: county online sales (million ¥)",
  platform: "本平台 This platform",
  county: "全县（案例研究） County (case study)",
  empty: "这段时间没有数据 · Nothing in this span",
  failed: "无法读取成效数据 Could not load the impact figures",
} as const

export const SELLER_TYPE: Record<string, string> = { cooperative: "合作社 Cooperative", enterprise: "企业 Enterprise", household: "农户 Household" }

/** Fen as yuan, a number for the charts' axes (exact to the fen for any figure under ¥90 trillion). */
export const yuanNumber = (fen: string) => Number(centsText(BigInt(fen)))
export const yuanText = (fen: string) => `¥${centsText(BigInt(fen))}`
