import type { CatalogueResult, FacetLabels } from "@luotian/contract"
import { categories } from "@/lib/i18n/categories"
import { dictionary } from "@/lib/i18n/dictionary"
import type { Locale } from "@/lib/i18n/locales"
import { searchDictionary } from "@/lib/i18n/search"
import { cataloguePath, priceErrors, type CatalogueState } from "@/lib/util/catalogue-query"
import { Notice } from "@/modules/layout/components/notice"
import { Pager } from "@/modules/products/components/pager"
import { ProductGrid } from "@/modules/products/components/product-grid"
import { ActiveFilters } from "@/modules/search/components/active-filters"
import { CatalogueFilters } from "@/modules/search/components/catalogue-filters"
import { CategoryNav } from "@/modules/search/components/category-nav"
import { SortNav } from "@/modules/search/components/sort-nav"
import "@/modules/search/search.css"

// What a category page (rendered on the server) and a search page (drawn in the browser) show of one result.

export const PAGE_SIZE = 24

/** The page's title: the category's name, the search words, or all products. */
export function catalogueTitle(locale: Locale, state: CatalogueState) {
  const category = categories(locale).find((c) => c.handle === state.category)?.name
  if (category) return category
  return state.q ? searchDictionary(locale).searchTitle(state.q) : dictionary(locale).nav.products
}

type Props = { locale: Locale; state: CatalogueState; result: CatalogueResult; labels: FacetLabels }

/** The categories, the filters and the page of results with its sort and pager. */
export function CatalogueView({ locale, state, result, labels }: Props) {
  const t = dictionary(locale)
  return (
    <>
      <CategoryNav locale={locale} state={state} counts={result.facets.category} />
      <div className="catalogue">
        <CatalogueFilters locale={locale} state={state} result={result} labels={labels} errors={priceErrors(state)} />
        <section aria-label={t.results(result.count)} className="catalogue-results">
          <ActiveFilters locale={locale} state={state} labels={labels} />
          {/* The results' heading, between the page's h1 and the cards' h3. */}
          <h2 className="result-count">{t.results(result.count)}</h2>
          <SortNav locale={locale} state={state} />
          {result.hits.length ? <ProductGrid products={result.hits} locale={locale} /> : <Notice>{t.noResults}</Notice>}
          <Pager
            locale={locale}
            page={state.page}
            pages={Math.ceil(result.count / PAGE_SIZE)}
            href={(page) => cataloguePath(locale, state, { page })}
          />
        </section>
      </div>
    </>
  )
}
