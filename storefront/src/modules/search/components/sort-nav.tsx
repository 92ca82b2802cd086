import Link from "next/link"
import type { Locale } from "@/lib/i18n/locales"
import { searchDictionary } from "@/lib/i18n/search"
import { cataloguePath, SORTS, type CatalogueState } from "@/lib/util/catalogue-query"

export function SortNav({ locale, state }: { locale: Locale; state: CatalogueState }) {
  const s = searchDictionary(locale).sort
  return (
    <nav aria-label={s.label} className="sort-nav">
      <span aria-hidden="true">{s.label}</span>
      <ul>
        {SORTS.map((sort) => (
          <li key={sort}>
            <Link href={cataloguePath(locale, state, { sort })} aria-current={state.sort === sort ? "true" : undefined} rel="nofollow">
              {s[sort]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
