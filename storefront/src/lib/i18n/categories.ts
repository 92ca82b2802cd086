import type { Locale } from "./locales"

// The county brand's four specialties, the category handles the backend seeds.
const CATEGORIES = [
  {
    handle: "chestnut",
    zh: { name: "罗田板栗", blurb: "胜利镇板栗合作社1300户社员，4000亩板栗基地。" },
    en: { name: "Luotian chestnut", blurb: "Shengli's cooperative: 1,300 members, a 4,000 mu chestnut base." },
  },
  {
    handle: "black-goat",
    zh: { name: "罗田黑山羊", blurb: "三里畈锦绣合作社，每年出栏黑山羊4.5万只。" },
    en: { name: "Luotian black goat", blurb: "Jinxiu cooperative in Sanlifan raises 45,000 goats a year." },
  },
  {
    handle: "herbs",
    zh: { name: "九资河茯苓与中药材", blurb: "九资河茯苓是地理标志保护产品，产区覆盖罗田7个乡镇。" },
    en: { name: "Jiuzihe Poria and herbs", blurb: "Jiuzihe Poria: a protected geographical indication from 7 Luotian towns." },
  },
  {
    handle: "tea",
    zh: { name: "大别山绿茶", blurb: "大别山山坡上的茶园。" },
    en: { name: "Dabie Mountain green tea", blurb: "Tea gardens on the slopes of the Dabie Mountains." },
  },
] as const

export type CategoryHandle = (typeof CATEGORIES)[number]["handle"]
export type CategoryLabel = { handle: CategoryHandle; name: string; blurb: string }

export const categories = (locale: Locale): CategoryLabel[] =>
  CATEGORIES.map((c) => ({ handle: c.handle, ...(locale === "en" ? c.en : c.zh) }))
