import type { Locale } from "../i18n/locales"

// Money stays in integer cents (BigInt) from the decimal the backend sends to the string a buyer reads:
// no floating-point sums or products anywhere.

/** Parses a decimal amount such as 68, "68.5" or "1380.00" into exact cents, rounding half up past the cent. */
export function toCents(amount: number | string): bigint {
  if (typeof amount === "number" && !Number.isFinite(amount)) throw new Error(`Not a money amount: ${amount}`)
  // toFixed(2) turns the number the JSON carried (128.5, 0.30000000000000004) into its decimal text.
  const text = typeof amount === "number" ? amount.toFixed(2) : amount.trim()
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text)
  if (!match) throw new Error(`Not a money amount: ${amount}`)
  const [, sign, whole, fraction = ""] = match
  const roundUp = fraction.length > 2 && fraction[2] >= "5" ? 1n : 0n
  const cents = BigInt(whole) * 100n + BigInt(fraction.slice(0, 2).padEnd(2, "0")) + roundUp
  return sign && cents ? -cents : cents
}

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
export function pricePerKgCents(amount: number | string, netWeightGrams: number | null | undefined): bigint | null {
  if (!netWeightGrams || !Number.isFinite(netWeightGrams) || netWeightGrams <= 0) return null
  const grams = BigInt(Math.round(netWeightGrams))
  if (grams === 0n) return null
  const numerator = toCents(amount) * 1000n
  const sign = numerator < 0n ? -1n : 1n
  return (sign * (sign * numerator * 2n + grams)) / (grams * 2n)
}

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
