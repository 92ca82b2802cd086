import type { Metadata } from "next"
import Link from "next/link"
import { portalSession, statementMonths } from "../data"
import type { Locale } from "@/lib/i18n/locales"
import { portalDictionary } from "../dictionary"
import { formatMonth } from "../utils/month"
import { MoneyTotals } from "../components/money-totals"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: portalDictionary((await params).locale).statements.title, robots: { index: false } }
}

export default async function StatementsPage({ params }: Props) {
  const { locale } = await params
  const session = await portalSession(locale, `/${locale}/portal/statements`)
  const months = await statementMonths(session)
  const t = portalDictionary(locale).statements
  const base = `/${locale}/portal/statements`
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {!months.length && <p>{t.none}</p>}
      <ul className="card-list">
        {months.map(({ month, currency_code, order_count, totals }) => {
          const query = currency_code === "cny" ? "" : `?currency_code=${currency_code}`
          return (
            <li key={`${month}-${currency_code}`}>
              <article className="statement-card" aria-labelledby={`month-${month}-${currency_code}`}>
                <h2 id={`month-${month}-${currency_code}`}>
                  <Link href={`${base}/${month}${query}`}>
                    {formatMonth(month, locale)} · {currency_code.toUpperCase()}
                  </Link>
                </h2>
                <MoneyTotals totals={totals} locale={locale} orderCount={order_count} currency={currency_code} />
                <p>
                  <a href={`${base}/${month}/csv${query}`} download>
                    {t.csv}
                  </a>
                </p>
              </article>
            </li>
          )
        })}
      </ul>
    </>
  )
}
