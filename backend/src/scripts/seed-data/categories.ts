export const CATEGORIES = [
  { handle: "chestnut", name: "罗田板栗", name_en: "Luotian chestnut" },
  { handle: "black-goat", name: "罗田黑山羊", name_en: "Luotian black goat" },
  { handle: "herbs", name: "九资河茯苓与中药材", name_en: "Jiuzihe Poria and herbs" },
  { handle: "tea", name: "大别山绿茶", name_en: "Dabie Mountain green tea" },
] as const

export type CategoryHandle = (typeof CATEGORIES)[number]["handle"]

