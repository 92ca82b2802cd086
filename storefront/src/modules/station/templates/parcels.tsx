import type { Metadata } from "next"
import type { Locale } from "@/lib/i18n/locales"
import { Outcome } from "../components/outcome"
import { ParcelCard } from "../components/parcel-card"
import { StationNav } from "../components/station-nav"
import { parcelsOf, stationSession } from "../data"
import { stationDictionary } from "../dictionary"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: stationDictionary((await params).locale).title, robots: { index: false } }
}

const LISTS = ["arrived_today", "waiting", "due"] as const

// The station's day: what arrived today, what waits to be collected, what is on its way; each parcel with its action.
export default async function StationParcelsPage({ params, searchParams }: Props) {
  const { locale } = await params
  const t = stationDictionary(locale)
  const { token, station } = await stationSession(locale)
  const [arrived, waiting, due] = await Promise.all(LISTS.map((list) => parcelsOf(token, list)))
  const today = new Set(arrived.map((p) => p.id))
  const lists = { arrived_today: arrived, waiting: waiting.filter((p) => !today.has(p.id)), due }
  return (
    <section className="station" aria-labelledby="station-title">
      <StationNav station={station} locale={locale} t={t} />
      <h1 id="station-title">{t.nav.parcels}</h1>
      <Outcome t={t} search={await searchParams} />
      {LISTS.map((list) => (
        <section key={list} aria-labelledby={`list-${list}`}>
          <h2 id={`list-${list}`}>
            {t.lists[list]} ({lists[list].length})
          </h2>
          {lists[list].length ? (
            <ul className="parcel-list">
              {lists[list].map((parcel) => (
                <ParcelCard key={parcel.id} parcel={parcel} locale={locale} t={t} />
              ))}
            </ul>
          ) : (
            <p className="station-empty">{t.empty}</p>
          )}
        </section>
      ))}
    </section>
  )
}
