import type { Metadata } from "next"
import Link from "next/link"
import { ledgerHouseholds, portalSession } from "../data"
import { closeLedgerMonth } from "../actions"
import type { Locale } from "@/lib/i18n/locales"
import { portalDictionary } from "../dictionary"
import { ledgerDictionary, shiftMonth, yuan } from "../ledger-dictionary"
import { beijingMonth, formatMonth, isMonth } from "../utils/month"
import { ActionForm } from "../components/action-form"
import { IncomeTotals } from "../components/income-totals"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ month?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: ledgerDictionary((await params).locale).title, robots: { index: false } }
}

// The seller's households with what they earned this month and this year; the month's close and its CSV.
export default async function IncomesPage({ params, searchParams }: Props) {
  const { locale } = await params
  const asked = (await searchParams).month ?? ""
  const month = isMonth(asked) ? asked : beijingMonth(new Date())
  const base = `/${locale}/portal/incomes`
  const session = await portalSession(locale, `${base}?month=${month}`)
  const { households, totals } = await ledgerHouseholds(session, month)
  const t = ledgerDictionary(locale)
  const p = portalDictionary(locale)
  return (
    <>
      <h1>
        {t.title} · {formatMonth(month, locale)}
      </h1>
      <p>{t.intro}</p>
      <p className="month-nav">
        <Link href={`${base}?month=${shiftMonth(month, -1)}`}>← {t.prev}</Link> · <Link href={`${base}?month=${shiftMonth(month, 1)}`}>{t.next} →</Link> ·{" "}
        <a href={`${base}/ledger.csv?month=${month}`} download>
          {t.csv}
        </a>
      </p>
      {!households.length ? <p>{t.none}</p> : <IncomeTotals totals={totals} locale={locale} />}
      <ul className="card-list">
        {households.map((h) => (
          <li key={h.member_id}>
            <article className="member-card" aria-labelledby={`income-${h.member_id}`}>
              <h2 id={`income-${h.member_id}`}>
                <Link href={`${base}/${h.member_id}?month=${month}`}>{h.name}</Link>
              </h2>
              <dl className="facts">
                <div>
                  <dt>{t.village}</dt>
                  <dd>
                    {h.village}
                    {h.poor_household ? ` · ${t.poor}` : ""}
                  </dd>
                </div>
                <div>
                  <dt>{t.thisMonth}</dt>
                  <dd data-fen={h.month_fen}>{yuan(h.month_fen)}</dd>
                </div>
                <div>
                  <dt>{t.thisYear}</dt>
                  <dd>{yuan(h.year_fen)}</dd>
                </div>
                <div>
                  <dt>{t.status}</dt>
                  <dd>{t.statusWords[h.month_status ?? "none"]}</dd>
                </div>
              </dl>
            </article>
          </li>
        ))}
      </ul>
      <section aria-labelledby="close-month" className="portal-panel">
        <h2 id="close-month">{t.close}</h2>
        <p>{t.closeHint}</p>
        <ActionForm action={closeLedgerMonth.bind(null, locale, month)} label={t.close} fields={[]} submit={t.close} sending={p.sending} serverWords={p.errors.server} />
      </section>
    </>
  )
}
