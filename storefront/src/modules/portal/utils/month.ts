import type { Locale } from "../../../lib/i18n/locales"

// Statements follow China Standard Time (UTC+8 all year), as the backend's settlement does.
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/
const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

const beijing = (at: Date | string) => new Date(new Date(at).getTime() + BEIJING_OFFSET_MS).toISOString()

export const isMonth = (value: string) => MONTH.test(value)

/** The Beijing month an instant falls in, "YYYY-MM". */
export const beijingMonth = (at: Date | string) => beijing(at).slice(0, 7)

/** An instant as Beijing wall-clock time, "YYYY-MM-DD HH:mm". */
export const beijingTime = (at: Date | string) => beijing(at).slice(0, 16).replace("T", " ")

/** "2026-05" → "2026年5月" / "May 2026". */
export function formatMonth(month: string, locale: Locale) {
  const match = MONTH.exec(month)
  if (!match) return month
  const [, year, mon] = match
  return locale === "en" ? `${EN_MONTHS[Number(mon) - 1]} ${year}` : `${year}年${Number(mon)}月`
}
