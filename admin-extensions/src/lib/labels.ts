// Labels the association reads in both languages; shared by the admin widgets and any server code.
export const SELLER_TYPES: Record<string, { zh: string; en: string }> = {
  cooperative: { zh: "农民专业合作社", en: "Farmer cooperative" },
  enterprise: { zh: "龙头企业", en: "Leading enterprise" },
  household: { zh: "农户", en: "Household" },
}

export function weightLabel(grams?: number | string | null) {
  const value = Number(grams)
  if (!value) return "—"
  return value < 1000 ? `${value} g` : `${value / 1000} kg`
}
