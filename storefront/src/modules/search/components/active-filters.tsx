import Link from "next/link"
import type { FacetLabels } from "@luotian/contract"
import type { Locale } from "@/lib/i18n/locales"
import { searchDictionary } from "@/lib/i18n/search"
import { activeFilters, cataloguePath, parseCatalogueQuery, type CatalogueState } from "@/lib/util/catalogue-query"
import { facetName } from "../labels"

/** The chosen filters, each a link that removes it, and one that removes them all (keeping the words). */
export function ActiveFilters({ locale, state, labels }: { locale: Locale; state: CatalogueState; labels: FacetLabels }) {
  const active = activeFilters(state)
  if (!active.length) return null
  const s = searchDictionary(locale)
  const text = ({ key, value }: (typeof active)[number]) => {
    if (key === "price") return s.filter(s.price, s.priceRange(state.price_min, state.price_max))
    if (key === "in_stock") return s.inStock
    const title = key === "category" ? s.category : s.facets[key]
    return s.filter(title, facetName(labels, key, value, locale))
  }
  return (
    <section aria-label={s.active} className="active-filters">
      <ul>
        {active.map((filter) => (
          <li key={filter.key}>
            <Link href={cataloguePath(locale, state, filter.without)} aria-label={s.remove(text(filter))} rel="nofollow">
              {text(filter)} <span aria-hidden="true">×</span>
            </Link>
          </li>
        ))}
        {active.length > 1 && (
          <li>
            <Link href={cataloguePath(locale, { ...parseCatalogueQuery({}), q: state.q, sort: state.sort })} className="clear-all" rel="nofollow">
              {s.clearAll}
            </Link>
          </li>
        )}
      </ul>
    </section>
  )
}
