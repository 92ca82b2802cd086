import type { RouteRun } from "@luotian/contract"
import type { Metadata } from "next"
import type { Locale } from "@/lib/i18n/locales"
import { pick } from "@/lib/i18n/locales"
import { StationNav } from "../components/station-nav"
import { stationSession } from "../data"
import { stationDictionary } from "../dictionary"
import { markStopDone } from "../runs"
import { runsOf } from "../runs-data"
import { type RunsDictionary, runsDictionary } from "../runs-dictionary"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: runsDictionary((await params).locale).title, robots: { index: false } }
}

// The hub's phone page: today's runs, stop by stop, each with what to load or unload and a "done" button.
export default async function StationRunsPage({ params, searchParams }: Props) {
  const { locale } = await params
  const search = await searchParams
  const t = runsDictionary(locale)
  const { token, station } = await stationSession(locale)
  const { runs } = await runsOf(token)
  const error = typeof search.error === "string" ? t.errors[search.error] ?? t.errors.generic : null
  return (
    <section className="station" aria-labelledby="runs-title">
      <StationNav station={station} locale={locale} t={stationDictionary(locale)} />
      <h1 id="runs-title">{t.title}</h1>
      <p>{t.intro}</p>
      {search.done === "stop" && <p role="status" className="notice station-done">{t.done}</p>}
      {error && <p role="alert" className="notice station-error">{error}</p>}
      {runs.length ? <ol className="run-list">{runs.map((run) => <RunCard key={run.id} run={run} locale={locale} t={t} />)}</ol> : <p>{t.empty}</p>}
    </section>
  )
}

function RunCard({ run, locale, t }: { run: RouteRun; locale: Locale; t: RunsDictionary }) {
  return (
    <li className="parcel-card" data-run={run.id}>
      <h2>{t.run(run.town, run.number)} · {t.status[run.status] ?? run.status}</h2>
      <p>{t.parcels(run.parcels, run.kg)}</p>
      <ol className="run-stops">
        {run.stops.map((stop) => (
          <li key={stop.id} data-stop={stop.id}>
            <h3>{stop.sequence + 1}. {pick(locale, stop.station.name, stop.station.name_en)}</h3>
            <p>{stop.station.address} · {t.load(stop.load.length)} · {t.unload(stop.unload.length)}</p>
            <p className="run-codes">{[...stop.load, ...stop.unload].map((c) => c.code).join(" ")}</p>
            {stop.done_at ? (
              <p className="parcel-status">✓ {t.doneAt}</p>
            ) : (
              <form action={markStopDone.bind(null, locale)}>
                <input type="hidden" name="run_id" value={run.id} />
                <input type="hidden" name="stop_id" value={stop.id} />
                <button type="submit" className="primary">{stop.sequence === 0 ? t.leaveHub : t.markDone}</button>
              </form>
            )}
          </li>
        ))}
      </ol>
    </li>
  )
}
