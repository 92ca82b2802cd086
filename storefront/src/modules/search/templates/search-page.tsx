"use client"
import { useSearchParams } from "next/navigation"
import { useEffect, useState } from "react"
import type { SearchResults } from "@luotian/contract"
import { dictionary } from "@/lib/i18n/dictionary"
import type { Locale } from "@/lib/i18n/locales"
import { searchDictionary } from "@/lib/i18n/search"
import { backendQuery, catalogueSearch, stateOfSearch } from "@/lib/util/catalogue-query"
import { SearchForm } from "@/modules/search/components/search-form"
import { CatalogueView, catalogueTitle, PAGE_SIZE } from "./catalogue-view"

type Answer = { search: string; results?: SearchResults; failed?: boolean }

/**
 * The search page, drawn in the browser: every search is the same cached page (app/[locale]/search), which asks the
 * storefront's front for the results of the words and filters in the URL (front/direct-search.cjs: Meilisearch, or
 * Next's route without it). Links and forms keep the whole state in the URL, as on category pages.
 */
export function SearchPage({ locale }: { locale: Locale }) {
  const state = stateOfSearch(useSearchParams() ?? new URLSearchParams())
  const search = catalogueSearch(state).toString()
  const title = catalogueTitle(locale, state)
  const [answer, setAnswer] = useState<Answer>()
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    const asked = new AbortController()
    const query = new URLSearchParams(backendQuery(stateOfSearch(new URLSearchParams(search)), PAGE_SIZE))
    fetch(`/${locale}/search/results?${query}`, { signal: asked.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
        setAnswer({ search, results: await response.json() })
      })
      .catch(() => asked.signal.aborted || setAnswer({ search, failed: true }))
    return () => asked.abort()
  }, [locale, search, attempt])

  // What another state asked for is never shown under this one's filters.
  const shown = answer?.search === search ? answer : undefined

  // Named once answered: by then Next has put the built page's own title ("搜索") in place, which would replace this.
  useEffect(() => {
    if (shown) document.title = `${title} · ${dictionary(locale).siteName}`
  }, [locale, title, shown])
  return (
    <>
      <h1>{title}</h1>
      <SearchForm locale={locale} state={state} />
      {shown?.results ? (
        <CatalogueView locale={locale} state={state} result={shown.results.result} labels={shown.results.labels} />
      ) : (
        <SearchPending locale={locale} failed={Boolean(shown?.failed)} retry={() => (setAnswer(undefined), setAttempt((n) => n + 1))} />
      )}
    </>
  )
}

/** While the results are asked for (also in the built page, before the browser draws it). */
export function Searching({ locale }: { locale: Locale }) {
  return (
    <p role="status" aria-busy="true" className="notice search-pending">
      {searchDictionary(locale).searching}
    </p>
  )
}

function SearchPending({ locale, failed, retry }: { locale: Locale; failed: boolean; retry: () => void }) {
  if (!failed) return <Searching locale={locale} />
  return (
    <p role="alert" className="notice">
      {dictionary(locale).backendDown}{" "}
      <button type="button" onClick={retry}>
        {searchDictionary(locale).retry}
      </button>
    </p>
  )
}
