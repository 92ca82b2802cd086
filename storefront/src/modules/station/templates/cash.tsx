import type { Metadata } from "next"
import type { Locale } from "@/lib/i18n/locales"
import { formatCny } from "@/lib/util/money"
import { remitCash } from "../actions"
import { Outcome } from "../components/outcome"
import { StationNav } from "../components/station-nav"
import { cashBookOf, stationSession } from "../data"
import { stationDictionary } from "../dictionary"
import { Sums } from "../components/sums"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: stationDictionary((await params).locale).cash.title, robots: { index: false } }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

// The day's cash book (Beijing day): cash taken at hand-overs against cash remitted, and a remittance form.
export default async function StationCashPage({ params, searchParams }: Props) {
  const { locale } = await params
  const search = await searchParams
  const t = stationDictionary(locale)
  const { token, station } = await stationSession(locale)
  const date = typeof search.date === "string" && DAY.test(search.date) ? search.date : undefined
  const book = await cashBookOf(token, date)
  const sums = [[t.cash.received, book.received], [t.cash.remitted, book.remitted], [t.cash.paidOut, book.paid_out], [t.cash.balance, book.balance]] as const
  return (
    <section className="station" aria-labelledby="cash-title">
      <StationNav station={station} locale={locale} t={t} />
      <h1 id="cash-title">{t.cash.title}</h1>
      <Outcome t={t} search={search} />
      <form method="get" className="station-form">
        <label>
          {t.cash.day}
          <input type="date" name="date" defaultValue={book.day} />
        </label>
        <button type="submit" className="secondary">{t.cash.show}</button>
      </form>
      <Sums sums={sums} locale={locale} />
      <h2>{t.cash.entries}</h2>
      {book.entries.length ? (
        <ul className="cash-entries">
          {book.entries.map((entry) => (
            <li key={entry.id}>
              <span>
                {t.cash.kinds[entry.kind]}
                {entry.note ? ` · ${entry.note}` : ""}
              </span>
              <span>{formatCny(entry.amount, locale)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="station-empty">{t.cash.none}</p>
      )}
      <h2>{t.cash.remit}</h2>
      <form action={remitCash.bind(null, locale)} className="station-form">
        <label>
          {t.cash.amount}
          <input name="amount" inputMode="decimal" required autoComplete="off" />
        </label>
        <label>
          {t.cash.note}
          <input name="note" maxLength={200} autoComplete="off" />
        </label>
        <button type="submit" className="primary">{t.cash.remit}</button>
      </form>
    </section>
  )
}
