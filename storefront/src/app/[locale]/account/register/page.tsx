import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { currentCustomer } from "@/lib/data/customer"
import { accountDictionary } from "@/lib/i18n/account"
import type { Locale } from "@/lib/i18n/locales"
import { register } from "@/modules/account/actions"
import { AccountForm } from "@/modules/account/components/account-form"
import { returnPath } from "@/modules/account/forms"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ next?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: accountDictionary((await params).locale).register.title }
}

export default async function RegisterPage({ params, searchParams }: Props) {
  const { locale } = await params
  const next = returnPath((await searchParams).next, locale)
  if (await currentCustomer()) redirect(next)
  const t = accountDictionary(locale)
  return (
    <section className="account-entry" aria-labelledby="register-title">
      <h1 id="register-title">{t.register.title}</h1>
      <AccountForm
        action={register}
        hidden={{ locale, next }}
        inputs={[
          { name: "name", label: t.fields.name, type: "text", autoComplete: "name" },
          { name: "email", label: t.fields.email, type: "email", autoComplete: "email" },
          { name: "password", label: t.fields.password, type: "password", autoComplete: "new-password", hint: t.fields.passwordHint },
        ]}
        submit={t.register.submit}
        sending={t.sending}
      />
      <p>
        {t.register.haveAccount} <Link href={`/${locale}/account/login?next=${encodeURIComponent(next)}`}>{t.register.login}</Link>
      </p>
    </section>
  )
}
