import type { Band, Grade } from "./types"

// How the association's pages write grades, money, bands and times, in Chinese and English.

export const CATEGORIES: Record<string, { zh: string; en: string }> = {
  chestnut: { zh: "罗田板栗", en: "Luotian chestnut" },
  "black-goat": { zh: "罗田黑山羊", en: "Luotian black goat" },
  herbs: { zh: "九资河茯苓与中药材", en: "Jiuzihe Poria and herbs" },
  tea: { zh: "大别山绿茶", en: "Dabie Mountain green tea" },
}

export const categoryLabel = (handle: string) => {
  const c = CATEGORIES[handle]
  return c ? `${c.zh} · ${c.en}` : handle
}

export const gradeLabel = (grade?: Grade | null) =>
  !grade ? "—" : grade.name ? `${grade.name} · ${grade.name_en}` : grade.code

export const yuan = (amount: string) => `¥${amount}`

const per = (unit: Band["unit"]) => (unit === "kg" ? "/kg" : "/件 unit")

export const bandLabel = (band: Band) => `${yuan(band.min)}–${yuan(band.max)} ${per(band.unit)}`

export const unitPriceLabel = (price: string, unit: Band["unit"]) => `${yuan(price)} ${per(unit)}`

/** A time as the association reads it: Beijing time (UTC+8), e.g. "2025-03-01 14:05". */
export const beijing = (iso?: string | null) =>
  iso ? new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace("T", " ") : "—"

/** Query parameters without the empty ones ("" or "all"), which the backend's strict validators would refuse. */
export const cleanQuery = (query: Record<string, string | number | undefined>) =>
  Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== "" && v !== "all"))

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error))
