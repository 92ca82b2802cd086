export const CATEGORIES = [
  { handle: "chestnut", name: "罗田板栗", name_en: "Luotian chestnut" },
  { handle: "black-goat", name: "罗田黑山羊", name_en: "Luotian black goat" },
  { handle: "herbs", name: "九资河茯苓与中药材", name_en: "Jiuzihe Poria and herbs" },
  { handle: "tea", name: "大别山绿茶", name_en: "Dabie Mountain green tea" },
] as const

export type CategoryHandle = (typeof CATEGORIES)[number]["handle"]

// Grades per category until the association's standards (grade module) replace them.
export const GRADES = {
  special: { zh: "特级", en: "Premium grade" },
  first: { zh: "一级", en: "Grade 1" },
  second: { zh: "二级", en: "Grade 2" },
  prime: { zh: "特等", en: "Prime" },
  choice: { zh: "优等", en: "Choice" },
  good: { zh: "良好", en: "Good" },
  "select-1": { zh: "选货一等", en: "Select, grade 1" },
  "select-2": { zh: "选货二等", en: "Select, grade 2" },
  bulk: { zh: "统货", en: "Ungraded bulk" },
} as const

export type GradeCode = keyof typeof GRADES
