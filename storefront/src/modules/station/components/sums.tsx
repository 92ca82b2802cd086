import type { Locale } from "@/lib/i18n/locales"
import { formatCny } from "@/lib/util/money"

/** Labelled yuan amounts in a column: a cash book's day, an order's totals. */
export function Sums({ sums, locale }: { sums: readonly (readonly [string, string | number])[]; locale: Locale }) {
  return (
    <dl className="cash-sums">
      {sums.map(([label, amount]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{formatCny(amount, locale)}</dd>
        </div>
      ))}
    </dl>
  )
}
