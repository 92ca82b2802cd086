import Link from "next/link"
import type { Locale } from "@/lib/i18n/locales"
import { dictionary } from "@/lib/i18n/dictionary"

// Sellers and partner points' owners come less often than buyers: their ways in sit in the footer, not the crowded phone header.
export function SiteFooter({ locale }: { locale: Locale }) {
  const t = dictionary(locale)
  return (
    <footer className="site-footer">
      <p>
        {t.footer} · <Link href={`/${locale}/impact`}>{t.nav.impact}</Link>
      </p>
      <p>
        <Link href={`/${locale}/portal`}>{t.nav.portal}</Link>
        {" · "}
        <Link href={`/${locale}/partner`}>{t.nav.partner}</Link>
      </p>
    </footer>
  )
}
