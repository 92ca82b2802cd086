import type { Metadata } from "next"
import type { Locale } from "@/lib/i18n/locales"
import { logIn } from "../actions"
import { stationDictionary } from "../dictionary"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: stationDictionary((await params).locale).login.title, robots: { index: false } }
}

export default async function StationLoginPage({ params, searchParams }: Props) {
  const { locale } = await params
  const { reason } = await searchParams
  const t = stationDictionary(locale)
  const notices: Record<string, string> = {
    wrong: t.login.wrong, notStation: t.login.notStation, suspended: t.login.suspended, expired: t.login.expired,
    out: t.login.loggedOut, unreachable: t.errors.unreachable, tooMany: t.login.tooMany,
  }
  const notice = typeof reason === "string" ? notices[reason] : undefined
  return (
    <section className="station" aria-labelledby="station-login-title">
      <h1 id="station-login-title">{t.login.title}</h1>
      <p>{t.login.intro}</p>
      {notice && <p role={reason === "out" ? "status" : "alert"} className="notice">{notice}</p>}
      <form action={logIn.bind(null, locale)} className="station-form">
        <label>
          {t.login.email}
          <input name="email" type="email" required autoComplete="username" inputMode="email" />
        </label>
        <label>
          {t.login.password}
          <input name="password" type="password" required autoComplete="current-password" />
        </label>
        <button type="submit" className="primary">{t.login.submit}</button>
      </form>
    </section>
  )
}
