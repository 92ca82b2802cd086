import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { sellerToken } from "@/lib/data/cookies"
import { currentSeller } from "../data"
import { logIn } from "../actions"
import type { Locale } from "@/lib/i18n/locales"
import { portalDictionary } from "../dictionary"
import { Notice } from "@/modules/layout/components/notice"
import { ActionForm } from "../components/action-form"
import { StatusBanner } from "../components/status-banner"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: portalDictionary((await params).locale).login.title, robots: { index: false } }
}

export default async function LoginPage({ params, searchParams }: Props) {
  const { locale } = await params
  const search = await searchParams
  const reason = typeof search.reason === "string" ? search.reason : ""
  const home = `/${locale}/portal`
  const next = typeof search.next === "string" && search.next.startsWith(home) ? search.next : home
  const t = portalDictionary(locale)
  // An active seller already logged in goes straight on.
  const me = reason ? null : await currentSeller(await sellerToken())
  if (me?.seller.status === "active") redirect(next)
  const goOn = (status: string) => (
    <div key={status}>
      <StatusBanner status={status} locale={locale} />
      <p>
        <Link href={next}>{t.login.continue}</Link>
      </p>
    </div>
  )
  return (
    <section className="portal-login" aria-labelledby="login-title">
      <h1 id="login-title">{t.login.title}</h1>
      <p>{t.login.intro}</p>
      {reason === "expired" && <Notice>{t.login.expired}</Notice>}
      {reason === "out" && <Notice>{t.login.loggedOut}</Notice>}
      <ActionForm
        action={logIn.bind(null, locale)}
        label={t.login.title}
        hidden={{ next }}
        fields={[
          { name: "email", label: t.login.email, type: "email", required: true, autoComplete: "username", inputMode: "email" },
          { name: "password", label: t.login.password, type: "password", required: true, autoComplete: "current-password" },
        ]}
        submit={t.login.submit}
        sending={t.sending}
        serverWords={t.errors.server}
        statusNotices={{ pending: goOn("pending"), suspended: goOn("suspended") }}
      />
    </section>
  )
}
