import type { PublicImpact } from "@luotian/contract"
import type { Locale } from "@/lib/i18n/locales"
import { centsToDecimal } from "@/lib/util/money"
import { impactDictionary } from "../dictionary"

const W = 320, H = 160, TOP = 14, BOTTOM = 20

// Sales by month as plain SVG bars (no chart library in the buyer's bundle), each bar's amount in its title and
// data attribute, and the whole as a table for screen readers.
export function SalesChart({ months, locale }: { months: PublicImpact["months"]; locale: Locale }) {
  const t = impactDictionary(locale)
  const max = months.reduce((m, x) => (BigInt(x.sales_fen) > m ? BigInt(x.sales_fen) : m), 1n)
  const step = W / Math.max(months.length, 1)
  return (
    <figure className="impact-chart" data-chart="sales-by-month">
      <figcaption>{t.byMonth}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t.byMonth}>
        {months.map((m, i) => {
          const height = Number((BigInt(m.sales_fen) * BigInt(H - TOP - BOTTOM)) / max)
          const amount = centsToDecimal(BigInt(m.sales_fen))
          return (
            <g key={m.month} data-month={m.month} data-sales={amount}>
              <title>{t.chartLabel(m.month, amount)}</title>
              <rect x={i * step + step * 0.15} y={H - BOTTOM - height} width={step * 0.7} height={height} rx={2} />
              <text x={i * step + step / 2} y={H - 6} textAnchor="middle">{m.month.slice(5)}</text>
            </g>
          )
        })}
      </svg>
      <table className="visually-hidden">
        <tbody>
          {months.map((m) => (
            <tr key={m.month}><th scope="row">{m.month}</th><td>{centsToDecimal(BigInt(m.sales_fen))}</td></tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
