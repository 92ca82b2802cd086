import { labelFacets, searchCatalogue } from "@/lib/data/catalogue"
import type { Locale } from "@/lib/i18n/locales"
import { backendQuery, type CatalogueState } from "@/lib/util/catalogue-query"
import { SearchForm } from "@/modules/search/components/search-form"
import { CatalogueView, catalogueTitle, PAGE_SIZE } from "./catalogue-view"

export { catalogueTitle }

/**
 * A category page for one state of the URL query (a search page is drawn in the browser: search-page.tsx). When the
 * catalogue cannot answer it throws: the page is cached (ISR), and a page saying the store is down must never be
 * stored; the error page tells the buyer (src/pages/_error.tsx on a cached page's first render,
 * app/[locale]/error.tsx on the per-request fallback).
 */
export async function CataloguePage({ locale, state }: { locale: Locale; state: CatalogueState }) {
  const result = await searchCatalogue(backendQuery(state, PAGE_SIZE))
  if (!result) throw new Error("The catalogue could not be searched")
  const labels = await labelFacets(result, state)
  return (
    <>
      <h1>{catalogueTitle(locale, state)}</h1>
      <SearchForm locale={locale} state={state} />
      <CatalogueView locale={locale} state={state} result={result} labels={labels} />
    </>
  )
}
