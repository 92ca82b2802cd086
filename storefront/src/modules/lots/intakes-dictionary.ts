import type { Locale } from "@/lib/i18n/locales"

// The lots page's section on produce village stations took in for the seller (代销).
const zh = {
  title: "服务站代销收购",
  intro: "农户在村服务站交售给你的农产品：每笔都已记成一个批次，供货社员为交售农户，可照常质检、入库。",
  none: "还没有服务站代销收购。",
  receipt: "单号",
  station: "服务站",
  household: "农户",
  weight: "重量",
  grade: "等级（服务站所见）",
  amount: "金额",
  paid: { now: "服务站已付现金", on_sale: "售出后结算" },
  lot: "批次",
  kg: "公斤",
}

export type IntakesDictionary = typeof zh

const en: IntakesDictionary = {
  title: "Taken in at village stations",
  intro: "Produce your households brought to village stations for you: each became a lot with the household as its supplier, to grade and receive as usual.",
  none: "No intakes at stations yet.",
  receipt: "Receipt",
  station: "Station",
  household: "Household",
  weight: "Weight",
  grade: "Grade (as the station saw it)",
  amount: "Amount",
  paid: { now: "Paid in cash by the station", on_sale: "Paid when sold" },
  lot: "Lot",
  kg: "kg",
}

export const intakesDictionary = (locale: Locale): IntakesDictionary => (locale === "en" ? en : zh)
