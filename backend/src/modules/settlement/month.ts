import { z } from "@medusajs/framework/zod"

// Statements follow China Standard Time: UTC+8 all year, no daylight saving.
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

export const Month = z.string().regex(MONTH, "must be a month written YYYY-MM, e.g. 2026-05")
export const CurrencyCode = z
  .string()
  .regex(/^[a-zA-Z]{3}$/, "must be a three-letter ISO 4217 code, e.g. cny")
  .transform((code) => code.toLowerCase())

/** The instants [from, to) of a month in Beijing time. */
export function monthRange(month: string) {
  const [, year, mon] = MONTH.exec(month)!.map(Number)
  // setUTCFullYear, unlike Date.UTC, takes years 0–99 literally.
  const start = (monthIndex: number) => new Date(new Date(0).setUTCFullYear(year, monthIndex, 1) - BEIJING_OFFSET_MS)
  return { from: start(mon - 1), to: start(mon) }
}

const beijing = (at: Date | string) => new Date(new Date(at).getTime() + BEIJING_OFFSET_MS).toISOString()

/** The Beijing month an instant falls in, as YYYY-MM. */
export const monthOf = (at: Date | string) => beijing(at).slice(0, 7)

/** An instant as Beijing wall-clock time, "YYYY-MM-DD HH:mm". */
export const beijingTime = (at: Date | string) => beijing(at).slice(0, 16).replace("T", " ")
