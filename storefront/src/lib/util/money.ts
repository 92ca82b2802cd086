import { toCents, unitPriceCents } from "@luotian/contract/rules"
import type { Locale } from "../i18n/locales"

// Money stays in integer cents (BigInt) from the decimal the backend sends to the string a buyer reads:
// no floating-point sums or products anywhere.

/** Parses a decimal amount such as 68, "68.5" or "1380.00" into exact cents, rounding half up past the cent (the contract's rule). */
export { toCents }

/** 1234567n → "12,345.67". */
export function centsToDecimal(cents: bigint, grouping = true): string {
  const abs = cents < 0n ? -cents : cents
  const whole = (abs / 100n).toString()
  const grouped = grouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole
  return `${cents < 0n ? "-" : ""}${grouped}.${(abs % 100n).toString().padStart(2, "0")}`
}

/** ¥68.00 in Chinese, CN¥68.00 in English (so a foreign buyer doesn't read yen). */
export function formatCnyCents(cents: bigint, locale: Locale): string {
  return `${locale === "en" ? "CN¥" : "¥"}${centsToDecimal(cents)}`
}

export function formatCny(amount: number | string, locale: Locale): string {
  return formatCnyCents(toCents(amount), locale)
}

/** The price of one kilogram (price × 1000 / grams) in cents, rounded half up; null without a weight. */
export const pricePerKgCents = (amount: number | string, netWeightGrams: number | null | undefined) => unitPriceCents(amount, netWeightGrams, "kg")

export function formatPerKg(amount: number | string, netWeightGrams: number | null | undefined, locale: Locale): string | null {
  const cents = pricePerKgCents(amount, netWeightGrams)
  return cents === null ? null : formatCnyCents(cents, locale)
}

/** 2500 → "2.5 kg", 400 → "400 g" (integer arithmetic, so 1250 is "1.25 kg"). */
export function formatWeight(grams: number | null | undefined): string | null {
  if (!grams || !Number.isFinite(grams) || grams <= 0) return null
  const g = Math.round(grams)
  if (g < 1000) return `${g} g`
  const fraction = String(g % 1000).padStart(3, "0").replace(/0+$/, "")
  return `${Math.floor(g / 1000)}${fraction ? `.${fraction}` : ""} kg`
}
