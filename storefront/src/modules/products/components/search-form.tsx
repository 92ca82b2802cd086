import type { Locale } from "@/lib/i18n/locales"
import { dictionary } from "@/lib/i18n/dictionary"

// A plain GET form: works without JavaScript and leaves the search in the URL.
export function SearchForm({ locale, q = "", category }: { locale: Locale; q?: string; category?: string }) {
  const t = dictionary(locale)
  return (
    <form action={`/${locale}/products`} method="get" role="search" className="search-form">
      <label htmlFor="q">{t.searchLabel}</label>
      <div>
        <input id="q" name="q" type="search" defaultValue={q} placeholder={t.searchPlaceholder} />
        {category && <input type="hidden" name="category" value={category} />}
        <button type="submit">{t.searchButton}</button>
      </div>
    </form>
  )
}
