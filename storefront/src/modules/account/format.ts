import type { PurchasePart } from "../../lib/data/purchases"
import type { AccountDictionary } from "../../lib/i18n/account"
import type { Locale } from "../../lib/i18n/locales"
import { centsToDecimal, formatCny, toCents } from "../../lib/util/money"

/** Pure: an amount in its purchase's currency, exact (CNY as the rest of the store shows it). */
export function formatAmount(amount: number | string, currency: string, locale: Locale) {
  return currency.toLowerCase() === "cny" ? formatCny(amount, locale) : `${currency.toUpperCase()} ${centsToDecimal(toCents(amount))}`
}

/** Pure: the day a purchase was placed, as a buyer in China reads it. */
export function formatDay(iso: string, locale: Locale) {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Asia/Shanghai" }).format(new Date(iso))
}

/** Pure: where a seller's part is, in words: not yet shipped, shipped by a carrier with its number, or at a station. */
export function fulfilmentWords(part: Pick<PurchasePart, "status" | "fulfillments">, t: AccountDictionary["status"]) {
  if (part.status === "canceled") return t.canceled
  const latest = part.fulfillments.at(-1)
  if (!latest) return t.notShipped
  if (latest.method === "courier") return t.courier(latest.carrier ?? "", latest.tracking_number ?? "")
  return t.station(latest.station ?? "")
}
