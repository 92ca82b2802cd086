import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { partnerOwnerToken } from "@/lib/data/cookies"
import type { Locale } from "@/lib/i18n/locales"
import { Notice } from "@/modules/layout/components/notice"
import { logIn } from "../actions"
import { ownerDashboard, ownerHome } from "../data"
import { ownerDictionary } from "../dictionary"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: ownerDictionary((await params).locale).login.title, robots: { index: false } }
}

// A plain form posting to a server action: no script of its own, so it works in WeChat's browser on a weak signal.
export default async function OwnerLoginPage({ params, searchParams }: Props) {
  const { locale } = await params
  const reason = (await searchParams).reason
  const t = ownerDictionary(locale)
  if (!reason && (await ownerDashboard(await partnerOwnerToken()))) redirect(ownerHome(locale))
  return (
    <section className="owner owner-login" aria-labelledby="owner-login-title">
      <h1 id="owner-login-title">{t.login.title}</h1>
      <p>{t.login.intro}</p>
      {typeof reason === "string" && t.login.reasons[reason] && <Notice>{t.login.reasons[reason]}</Notice>}
      <form action={logIn.bind(null, locale)} className="owner-form">
        <label>
          {t.login.email}
          <input name="email" type="email" required autoComplete="username" inputMode="email" />
        </label>
        <label>
          {t.login.password}
          <input name="password" type="password" required autoComplete="current-password" />
        </label>
        <button type="submit">{t.login.submit}</button>
      </form>
    </section>
  )
}
