import Link from "next/link"
import { dictionary } from "@/lib/i18n/dictionary"
import type { Locale } from "@/lib/i18n/locales"

type Props = { locale: Locale; page: number; pages: number; href: (page: number) => string }

export function Pager({ locale, page, pages, href }: Props) {
  if (pages <= 1) return null
  const t = dictionary(locale)
  return (
    <nav aria-label={t.pager.label} className="pager">
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev">
          ← {t.pager.previous}
        </Link>
      )}
      <span>{t.pager.position(page, pages)}</span>
      {page < pages && (
        <Link href={href(page + 1)} rel="next">
          {t.pager.next} →
        </Link>
      )}
    </nav>
  )
}
