import { labelFacets, searchCatalogue } from "@/lib/data/catalogue"
import { categories } from "@/lib/i18n/categories"
import { dictionary } from "@/lib/i18n/dictionary"
import type { Locale } from "@/lib/i18n/locales"
import { searchDictionary } from "@/lib/i18n/search"
import { backendQuery, cataloguePath, priceErrors, type CatalogueState } from "@/lib/util/catalogue-query"
import { Notice } from "@/modules/layout/components/notice"
import { Pager } from "@/modules/products/components/pager"
import { ProductGrid } from "@/modules/products/components/product-grid"
import { ActiveFilters } from "@/modules/search/components/active-filters"
import { CatalogueFilters } from "@/modules/search/components/catalogue-filters"
import { CategoryNav } from "@/modules/search/components/category-nav"
import { SearchForm } from "@/modules/search/components/search-form"
import { SortNav } from "@/modules/search/components/sort-nav"
import "@/modules/search/search.css"

const PAGE_SIZE = 24

/** The page's title: the category's name, the search words, or all products. */
export function catalogueTitle(locale: Locale, state: CatalogueState) {
  const category = categories(locale).find((c) => c.handle === state.category)?.name
  if (category) return category
  return state.q ? searchDictionary(locale).searchTitle(state.q) : dictionary(locale).nav.products
}

/**
 * A category or search page for one state of the URL query. When the catalogue cannot answer it throws: the page is
 * cached (ISR), and a page saying the store is down must never be stored; the error page tells the buyer
 * (src/pages/_error.tsx on a cached page's first render, app/[locale]/error.tsx on the per-request fallback).
 */
export async function CataloguePage({ locale, state }: { locale: Locale; state: CatalogueState }) {
  const t = dictionary(locale)
  const errors = priceErrors(state)
  const result = await searchCatalogue(backendQuery(state, PAGE_SIZE))
  if (!result) throw new Error("The catalogue could not be searched")
  const labels = await labelFacets(result, state)
  return (
    <>
      <h1>{catalogueTitle(locale, state)}</h1>
      <SearchForm locale={locale} state={state} />
      <CategoryNav locale={locale} state={state} counts={result.facets.category} />
      <div className="catalogue">
        <CatalogueFilters locale={locale} state={state} result={result} labels={labels} errors={errors} />
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
