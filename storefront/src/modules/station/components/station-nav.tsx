import Link from "next/link"
import type { Locale } from "@/lib/i18n/locales"
import { pick } from "@/lib/i18n/locales"
import { logOut } from "../actions"
import type { Station } from "../data"
import type { StationDictionary } from "../dictionary"
import { runsDictionary } from "../runs-dictionary"
import { intakeDictionary } from "../intake-dictionary"

export function StationNav({ station, locale, t }: { station: Station; locale: Locale; t: StationDictionary }) {
  return (
    <header className="station-head">
      <p className="station-name">{pick(locale, station.name, station.name_en)}</p>
      <nav aria-label={t.title}>
        <Link href={`/${locale}/station`}>{t.nav.parcels}</Link>
        <Link href={`/${locale}/station/cash`}>{t.nav.cash}</Link>
        {station.kind === "county_hub" && <Link href={`/${locale}/station/runs`}>{runsDictionary(locale).nav}</Link>}
        <Link href={`/${locale}/station/assisted`}>{t.assisted.nav}</Link>
        {station.offers_sell_for && <Link href={`/${locale}/station/intake`}>{intakeDictionary(locale).nav}</Link>}
        <form action={logOut.bind(null, locale)}>
          <button type="submit" className="link">{t.logout}</button>
        </form>
      </nav>
    </header>
  )
}
