import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { currentCustomer } from "@/lib/data/customer"
import { accountDictionary } from "@/lib/i18n/account"
import type { Locale } from "@/lib/i18n/locales"
import { logIn } from "@/modules/account/actions"
import { AccountForm } from "@/modules/account/components/account-form"
import { returnPath } from "@/modules/account/forms"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ next?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: accountDictionary((await params).locale).login.title }
}

export default async function LoginPage({ params, searchParams }: Props) {
  const { locale } = await params
  const next = returnPath((await searchParams).next, locale)
  if (await currentCustomer()) redirect(next)
  const t = accountDictionary(locale)
  return (
    <section className="account-entry" aria-labelledby="login-title">
      <h1 id="login-title">{t.login.title}</h1>
      <AccountForm
        action={logIn}
        hidden={{ locale, next }}
        inputs={[
          { name: "email", label: t.fields.email, type: "email", autoComplete: "email" },
          { name: "password", label: t.fields.password, type: "password", autoComplete: "current-password" },
        ]}
        submit={t.login.submit}
        sending={t.sending}
      />
      <p>
        {t.login.noAccount} <Link href={`/${locale}/account/register?next=${encodeURIComponent(next)}`}>{t.login.register}</Link>
      </p>
    </section>
  )
}
