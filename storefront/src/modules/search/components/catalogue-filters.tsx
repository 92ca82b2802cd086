import Link from "next/link"
import type { CatalogueResult, FacetLabels } from "@luotian/contract"
import type { Locale } from "@/lib/i18n/locales"
import { searchDictionary } from "@/lib/i18n/search"
import { activeFilters, cataloguePath, FACETS, type CatalogueState, type PriceError } from "@/lib/util/catalogue-query"
import { FacetList } from "./facet-list"
import { PriceFilter } from "./price-filter"

type Props = { locale: Locale; state: CatalogueState; result: CatalogueResult; labels: FacetLabels; errors: PriceError[] }

/** Grade, seller, town, stock and price filters, folded away on a phone (open while a price needs fixing). */
export function CatalogueFilters({ locale, state, result, labels, errors }: Props) {
  const s = searchDictionary(locale)
  const chosen = activeFilters(state).filter((filter) => filter.key !== "category").length
  return (
    <details className="filters" open={errors.length > 0}>
      <summary>{s.filtersChosen(chosen)}</summary>
      <div className="filters-body">
        {FACETS.map((field) => (
          <FacetList key={field} locale={locale} state={state} field={field} values={result.facets[field] ?? []} labels={labels} />
        ))}
        <p className="stock-toggle">
          <Link
            href={cataloguePath(locale, state, { in_stock: !state.in_stock })}
            aria-current={state.in_stock ? "true" : undefined}
            rel="nofollow"
          >
            {s.inStock}
          </Link>
        </p>
        <PriceFilter locale={locale} state={state} bands={result.facets.price ?? []} errors={errors} />
      </div>
    </details>
  )
}
