import type { Locale } from "../i18n/locales"

// Money stays in integer cents (BigInt) from the decimal the backend sends to the string a buyer reads.

/** Parses a decimal amount such as 68, "68.5" or "1380.00" into exact cents. */
export function toCents(amount: number | string): bigint {
  const text = typeof amount === "number" ? amount.toFixed(2) : amount.trim()
  const match = /^(-?)(\d+)(?:\.(\d{1,2})\d*)?$/.exec(text)
  if (!match) throw new Error(`Not a money amount: ${amount}`)
  const [, sign, whole, fraction = ""] = match
  const cents = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"))
  return sign ? -cents : cents
}

function centsText(cents: bigint): string {
  const negative = cents < 0n
  const abs = negative ? -cents : cents
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",")
  return `${negative ? "-" : ""}${whole}.${(abs % 100n).toString().padStart(2, "0")}`
}

/** ¥68.00 in Chinese, CN¥68.00 in English (so a foreign buyer doesn't read yen). */
export function formatCny(amount: number | string, locale: Locale): string {
  return `${locale === "en" ? "CN¥" : "¥"}${centsText(toCents(amount))}`
}

/** The price of one kilogram, rounded half up to the cent; null without a weight. */
export function pricePerKgCents(amount: number | string, netWeightGrams: number | null | undefined): bigint | null {
  if (!netWeightGrams || netWeightGrams <= 0) return null
  const grams = BigInt(Math.round(netWeightGrams))
  return (toCents(amount) * 1000n * 2n + grams) / (grams * 2n)
}

export function formatPerKg(amount: number | string, netWeightGrams: number | null | undefined, locale: Locale) {
  const cents = pricePerKgCents(amount, netWeightGrams)
  return cents === null ? null : formatCny(centsText(cents).replace(/,/g, ""), locale)
}

/** 2500 → "2.5 kg", 400 → "400 g". */
export function formatWeight(grams: number | null | undefined): string | null {
  if (!grams) return null
  return grams < 1000 ? `${grams} g` : `${grams / 1000} kg`
}
