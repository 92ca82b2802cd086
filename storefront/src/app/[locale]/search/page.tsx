import type { Metadata } from "next"
import { Suspense } from "react"
import { LOCALES, type Locale } from "@/lib/i18n/locales"
import { searchDictionary } from "@/lib/i18n/search"
import { parseCatalogueQuery } from "@/lib/util/catalogue-query"
import { CategoryNav } from "@/modules/search/components/category-nav"
import { SearchForm } from "@/modules/search/components/search-form"
import { SearchPage, Searching } from "@/modules/search/templates/search-page"
import "@/modules/search/search.css"

// Every search page: the middleware rewrites /<locale>/products?q=… here (buyers keep seeing that address), and the
// front keeps this one page for all of them. Built once; the results are drawn in the browser. Search engines are
// asked not to index internal search results; category pages carry the catalogue for them.
// Not `force-static`: that hands the page an empty query, where this way the search draws in the browser alone.
export const generateStaticParams = () => LOCALES.map((locale) => ({ locale }))

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: searchDictionary(locale).searchPage, robots: { index: false, follow: true } }
}

export default async function SearchShell({ params }: Props) {
  const { locale } = await params
  return (
    <Suspense fallback={<SearchShellFallback locale={locale} />}>
      <SearchPage locale={locale} />
    </Suspense>
  )
}

/** What the built page holds before the browser draws the search: without JavaScript, the form and the categories. */
function SearchShellFallback({ locale }: { locale: Locale }) {
  const s = searchDictionary(locale)
  return (
    <>
      <h1>{s.searchPage}</h1>
      <SearchForm locale={locale} />
      <noscript>
        <style>{".search-pending { display: none }"}</style>
        <p className="notice">{s.needsScript}</p>
        <CategoryNav locale={locale} state={parseCatalogueQuery({})} />
      </noscript>
      <Searching locale={locale} />
    </>
  )
}
