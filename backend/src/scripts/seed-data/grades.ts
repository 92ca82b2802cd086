// The grade labels the seeded catalogue is composed with; they match the seeded standards (standards.ts).
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
