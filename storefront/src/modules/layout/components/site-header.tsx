import Link from "next/link"
import { Suspense } from "react"
import type { Locale } from "@/lib/i18n/locales"
import { dictionary } from "@/lib/i18n/dictionary"
import { LanguageSwitch } from "./language-switch"

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = dictionary(locale)
  return (
    <header className="site-header">
      <Link href={`/${locale}`} className="brand">
        <span className="brand-name">{t.siteName}</span>
        <span className="brand-tagline">{t.siteTagline}</span>
      </Link>
      <nav aria-label={locale === "en" ? "Main" : "主导航"}>
        <Link href={`/${locale}/products`}>{t.nav.products}</Link>
        <Link href={`/${locale}/cart`}>{t.nav.cart}</Link>
        <Link href={`/${locale}/account`}>{t.nav.account}</Link>
        <Suspense>
          <LanguageSwitch locale={locale} label={t.switchTo} />
        </Suspense>
      </nav>
    </header>
  )
}
