import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { dictionary } from "@/lib/i18n/dictionary"
import { isLocale } from "@/lib/i18n/locales"
import { SiteFooter } from "@/modules/layout/components/site-footer"
import { SiteHeader } from "@/modules/layout/components/site-header"
import "../globals.css"

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = dictionary(locale)
  return {
    title: { default: t.siteName, template: `%s · ${t.siteName}` },
    description: t.siteTagline,
    alternates: { languages: { "zh-CN": "/zh-CN", en: "/en" } },
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return (
    <html lang={locale}>
      <body>
        <SiteHeader locale={locale} />
        <main>{children}</main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
