import { z } from "@medusajs/framework/zod"

// Dates the store has any use for. JavaScript reads years 0 to 275760 (and negative ones), Postgres refuses some of
// them and answers a 500; the store's records all fall well inside this range.
export const FIRST_YEAR = 1900
export const LAST_YEAR = 2100
export const YEAR_RULE = `must be a date in the years ${FIRST_YEAR}–${LAST_YEAR}`

/** Whether an instant (or date text JavaScript reads) falls in the sane years, read in UTC. */
export function inSaneYears(value: Date | string | number): boolean {
  const time = value instanceof Date ? value.getTime() : typeof value === "number" ? value : Date.parse(value)
  if (!Number.isFinite(time)) return false
  const year = new Date(time).getUTCFullYear()
  return year >= FIRST_YEAR && year <= LAST_YEAR
}

/** A calendar day written YYYY-MM-DD (or a full ISO date-time), in the sane years, as a Date. */
export const SaneDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, "must be a date written YYYY-MM-DD")
  .refine((v) => !Number.isNaN(Date.parse(v)), "is not a calendar date")
  .refine((v) => Number.isNaN(Date.parse(v)) || inSaneYears(v), YEAR_RULE)
  .transform((v) => new Date(v))

/** An ISO 8601 date-time with an offset, in the sane years. */
export const SaneDateTime = z.iso
  .datetime({ offset: true })
  .refine((v) => inSaneYears(v), YEAR_RULE)

/** A month written YYYY-MM in the sane years. */
export const saneMonth = <T extends z.ZodType<string>>(month: T) =>
  month.refine((v) => !/^\d{4}/.test(v) || inSaneYears(`${v.slice(0, 4)}-06-15T00:00:00Z`), `must be a month in the years ${FIRST_YEAR}–${LAST_YEAR}`)
