import Link from "next/link"
import type { FacetValue } from "@luotian/contract"
import { categories } from "@/lib/i18n/categories"
import { dictionary } from "@/lib/i18n/dictionary"
import type { Locale } from "@/lib/i18n/locales"
import { cataloguePath, type CatalogueState } from "@/lib/util/catalogue-query"

// A category's grades, sellers and towns differ from the next one's, so switching category drops them.
const SWITCH = { grade: "", seller: "", town: "" }

type Props = { locale: Locale; state: CatalogueState; counts?: FacetValue[] }

/** The four specialties as links, each with how many products the current search finds in it. */
export function CategoryNav({ locale, state, counts }: Props) {
  const t = dictionary(locale)
  const count = (handle: string) => counts?.find((facet) => facet.value === handle)?.count ?? 0
  return (
    <nav aria-label={t.categoryFilter} className="category-filter">
      <Link href={cataloguePath(locale, state, { ...SWITCH, category: "" })} aria-current={!state.category ? "page" : undefined}>
        {t.allCategories}
      </Link>
      {categories(locale).map((c) => (
        <Link
          key={c.handle}
          href={cataloguePath(locale, state, { ...SWITCH, category: c.handle })}
          aria-current={state.category === c.handle ? "page" : undefined}
        >
          {c.name} {counts && <span className="facet-count">{count(c.handle)}</span>}
        </Link>
      ))}
    </nav>
  )
}
