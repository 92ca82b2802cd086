import type { Totals } from "../data"
import type { Locale } from "@/lib/i18n/locales"
import { portalDictionary } from "../dictionary"
import { centsToDecimal, formatCny, toCents } from "@/lib/util/money"

/** An amount of a statement, exact to the fen (or cent): CNY as the shop writes it, others with their code. */
export const formatAmount = (amount: string | number, currency: string, locale: Locale) =>
  currency === "cny" ? formatCny(amount, locale) : `${centsToDecimal(toCents(amount))} ${currency.toUpperCase()}`

/** Gross, fee, refunds and net of a statement. */
export function MoneyTotals({ totals, locale, orderCount, currency = "cny" }: { totals: Totals; locale: Locale; orderCount?: number; currency?: string }) {
  const t = portalDictionary(locale).money
  const rows: [string, string][] = [
    [t.gross, formatAmount(totals.gross, currency, locale)],
    [t.fee, formatAmount(totals.fee, currency, locale)],
    [t.refunds, formatAmount(totals.refunds, currency, locale)],
    [t.net, formatAmount(totals.net, currency, locale)],
  ]
  if (orderCount !== undefined) rows.unshift([t.orders, String(orderCount)])
  return (
    <dl className="money-totals">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
