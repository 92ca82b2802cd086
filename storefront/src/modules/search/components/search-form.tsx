import Form from "next/form"
import { dictionary } from "@/lib/i18n/dictionary"
import type { Locale } from "@/lib/i18n/locales"
import { searchDictionary } from "@/lib/i18n/search"
import { catalogueSearch, parseCatalogueQuery, type CatalogueState } from "@/lib/util/catalogue-query"
import { SearchBox } from "./search-box"

// What a new search keeps of the page it starts from: the category and the buyer's preferences, not the
// facet values (a grade or seller chosen for the old words may not fit the new ones).
const KEPT = ["category", "price_min", "price_max", "in_stock", "sort"]

/**
 * A GET form around the instant search box: a client navigation to the search (Next's `Form`; not prefetched, as
 * every search is a page of its own), a plain GET without JavaScript; the search stays in the URL.
 */
export function SearchForm({ locale, state = parseCatalogueQuery({}) }: { locale: Locale; state?: CatalogueState }) {
  const t = dictionary(locale)
  const s = searchDictionary(locale)
  const kept = [...catalogueSearch(state)].filter(([key]) => KEPT.includes(key))
  return (
    <Form action={`/${locale}/products`} prefetch={false} role="search" className="search-form">
      <label htmlFor="q">{t.searchLabel}</label>
      <div>
        <SearchBox
          key={state.q}
          id="q"
          locale={locale}
          fromText={t.fromPrice("{price}")}
          endpoint={`/${locale}/search/suggest`}
          defaultValue={state.q}
          placeholder={t.searchPlaceholder}
          listLabel={s.suggestions}
          countText={s.suggestionCount}
          noneText={s.noSuggestions}
        />
        {kept.map(([key, value]) => (
          <input key={key} type="hidden" name={key} value={value} />
        ))}
        <button type="submit">{t.searchButton}</button>
      </div>
    </Form>
  )
}
