import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { portalSession, statement } from "../data"
import type { Locale } from "@/lib/i18n/locales"
import { portalDictionary } from "../dictionary"
import { beijingTime, formatMonth, isMonth } from "../utils/month"
import { formatAmount, MoneyTotals } from "../components/money-totals"

type Props = { params: Promise<{ locale: Locale; month: string }>; searchParams: Promise<{ currency_code?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, month } = await params
  return { title: `${portalDictionary(locale).statements.title} ${formatMonth(month, locale)}`, robots: { index: false } }
}

// A rate such as "0.05" as a percentage, for reading only (money itself never goes through floats).
const percent = (rate: string) => `${(Number(rate) * 100).toFixed(2).replace(/\.?0+$/, "")} %`

export default async function StatementPage({ params, searchParams }: Props) {
  const { locale, month } = await params
  if (!isMonth(month)) notFound()
  const requested = (await searchParams).currency_code ?? ""
  const currency = /^[a-z]{3}$/.test(requested) ? requested : "cny"
  const query = currency === "cny" ? "" : `?currency_code=${currency}`
  const base = `/${locale}/portal/statements`
  const session = await portalSession(locale, `${base}/${month}${query}`)
  const s = await statement(session, month, currency)
  const t = portalDictionary(locale)
  const m = t.money
  const amount = (value: string) => formatAmount(value, currency, locale)
  return (
    <>
      <h1>
        {t.statements.title} · {formatMonth(month, locale)}
      </h1>
      <p>
        {t.statements.feeRate(percent(s.fee_rate))} ·{" "}
        <a href={`${base}/${month}/csv${query}`} download>
          {t.statements.csv}
        </a>
      </p>
      <MoneyTotals totals={s.totals} locale={locale} orderCount={s.orders.length} currency={currency} />
      {s.orders.length ? (
        <div className="table-scroll" role="region" aria-labelledby="lines-title" tabIndex={0}>
          <table className="statement-lines">
            <caption id="lines-title">{formatMonth(month, locale)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.statements.order}</th>
                <th scope="col">{t.statements.placed}</th>
                <th scope="col">{m.gross}</th>
                <th scope="col">{m.fee}</th>
                <th scope="col">{m.refunds}</th>
                <th scope="col">{m.net}</th>
              </tr>
            </thead>
            <tbody>
              {s.orders.map((line) => (
                <tr key={line.order_id}>
                  <th scope="row">
                    <Link href={`/${locale}/portal/orders/${line.order_id}`}>#{line.display_id}</Link>
                  </th>
                  <td>{beijingTime(line.placed_at)}</td>
                  <td>{amount(line.gross)}</td>
                  <td>{amount(line.fee)}</td>
                  <td>{amount(line.refunds)}</td>
                  <td>{amount(line.net)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t.statements.totals}
                </th>
                <td>{amount(s.totals.gross)}</td>
                <td>{amount(s.totals.fee)}</td>
                <td>{amount(s.totals.refunds)}</td>
                <td>{amount(s.totals.net)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      ) : (
        <p>{t.statements.noLines}</p>
      )}
      {!!s.referrals?.lines.length && (
        <section aria-labelledby="referrals-title">
          <h2 id="referrals-title">{t.statements.referrals}</h2>
          <p>{t.statements.referralsIntro}</p>
          <div className="table-scroll" role="region" aria-labelledby="referrals-title" tabIndex={0}>
            <table className="statement-lines">
              <thead>
                <tr>
                  <th scope="col">{t.statements.order}</th>
                  <th scope="col">{t.statements.point}</th>
                  <th scope="col">{t.statements.rate}</th>
                  <th scope="col">{t.statements.base}</th>
                  <th scope="col">{t.statements.referral}</th>
                </tr>
              </thead>
              <tbody>
                {s.referrals.lines.map((line) => (
                  <tr key={line.order_id}>
                    <th scope="row">
                      <Link href={`/${locale}/portal/orders/${line.order_id}`}>#{line.display_id}</Link>
                    </th>
                    <td>{line.partner ? (locale === "en" ? line.partner.name_en : line.partner.name) : "—"}</td>
                    <td>{percent(line.rate)}</td>
                    <td>{amount(line.base)}</td>
                    <td>{amount(line.amount)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={4}>
                    {t.statements.totals}
                  </th>
                  <td>{amount(s.referrals.total)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        </section>
      )}
      <p>
        <Link href={base}>← {t.statements.back}</Link>
      </p>
    </>
  )
}
