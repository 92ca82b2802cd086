import type { Locale } from "@/lib/i18n/locales"
import { dictionary } from "@/lib/i18n/dictionary"

export function SiteFooter({ locale }: { locale: Locale }) {
  return (
    <footer className="site-footer">
      <p>{dictionary(locale).footer}</p>
    </footer>
  )
}
