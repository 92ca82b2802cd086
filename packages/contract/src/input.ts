import { z } from "zod"

// Rules shared by every validator that takes a URL or an amount of money, so that no path is laxer than another.

/** A link shown to buyers or sellers: http(s) only, so that no `javascript:` or `data:` URL is ever stored. */
export const httpUrl = z
  .string()
  .trim()
  .max(500)
  .url()
  .refine((value) => /^https?:\/\//i.test(value), "must be an http(s) URL")

// Read from the number's own decimal form: 13.000000001 has nine decimals, even though it rounds to 13.00.
const TWO_DECIMALS = /^\d+(\.\d{1,2})?$/

/** A price in CNY from JSON: positive, at most 1,000,000, in whole fen (at most two decimals). */
export const priceCny = z
  .number()
  .positive()
  .max(1_000_000)
  .refine((price) => TWO_DECIMALS.test(String(price)), "must have at most two decimals (fen)")
