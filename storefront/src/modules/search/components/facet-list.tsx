import Link from "next/link"
import type { FacetValue, FacetLabels } from "@luotian/contract"
import type { Locale } from "@/lib/i18n/locales"
import { searchDictionary } from "@/lib/i18n/search"
import { cataloguePath, type CatalogueState, type FacetField } from "@/lib/util/catalogue-query"
import { facetName } from "../labels"

type Props = { locale: Locale; state: CatalogueState; field: FacetField; values: FacetValue[]; labels: FacetLabels }

/**
 * One facet's values as links, each with its count for the current search and other filters; the chosen
 * value links back to the page without it. A chosen value no product has any more is still listed (count 0).
 */
export function FacetList({ locale, state, field, values, labels }: Props) {
  const chosen = state[field]
  const shown = values.filter((facet) => facet.count > 0 || facet.value === chosen)
  if (chosen && !shown.some((facet) => facet.value === chosen)) shown.unshift({ value: chosen, count: 0 })
  if (!shown.length) return null
  const title = searchDictionary(locale).facets[field]
  return (
    <section className="facet" aria-labelledby={`facet-${field}`}>
      <h2 id={`facet-${field}`}>{title}</h2>
      <ul>
        {shown.map(({ value, count }) => (
          <li key={value}>
            <Link
              href={cataloguePath(locale, state, { [field]: value === chosen ? "" : value })}
              aria-current={value === chosen ? "true" : undefined}
              rel="nofollow"
            >
              <span>{facetName(labels, field, value, locale)}</span> <span className="facet-count">{count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
