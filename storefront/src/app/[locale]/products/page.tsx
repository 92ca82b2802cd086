import type { Metadata } from "next"
import Link from "next/link"
import { searchCatalogue } from "@/lib/data/catalogue"
import { categories } from "@/lib/i18n/categories"
import { dictionary } from "@/lib/i18n/dictionary"
import type { Locale } from "@/lib/i18n/locales"
import { Notice } from "@/modules/layout/components/notice"
import { Pager } from "@/modules/products/components/pager"
import { ProductGrid } from "@/modules/products/components/product-grid"
import { SearchForm } from "@/modules/products/components/search-form"

const PAGE_SIZE = 24

type Search = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Search> }

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? ""

/** Reading the query makes this page render per request; the catalogue read is cached for 60 s. */
async function readQuery(searchParams: Promise<Search>) {
  const search = await searchParams
  const page = Math.max(1, Math.min(400, Number.parseInt(one(search.page), 10) || 1))
  return { q: one(search.q).slice(0, 100), category: one(search.category), page }
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  const { category } = await readQuery(searchParams)
  const name = categories(locale).find((c) => c.handle === category)?.name
  return { title: name ?? dictionary(locale).nav.products }
}

export default async function ProductsPage({ params, searchParams }: Props) {
  const { locale } = await params
  const { q, category, page } = await readQuery(searchParams)
  const t = dictionary(locale)
  const result = await searchCatalogue({ q, category, limit: String(PAGE_SIZE), offset: String((page - 1) * PAGE_SIZE) })
  const href = (query: { category?: string; page?: number }) => {
    const search = new URLSearchParams()
    if (q) search.set("q", q)
    if (query.category) search.set("category", query.category)
    if (query.page && query.page > 1) search.set("page", String(query.page))
    return `/${locale}/products${search.size ? `?${search}` : ""}`
  }
  return (
    <>
      <h1>{categories(locale).find((c) => c.handle === category)?.name ?? t.nav.products}</h1>
      <SearchForm locale={locale} q={q} category={category} />
      <nav aria-label={t.categoryFilter} className="category-filter">
        <Link href={href({})} aria-current={!category ? "page" : undefined}>
          {t.allCategories}
        </Link>
        {categories(locale).map((c) => (
          <Link key={c.handle} href={href({ category: c.handle })} aria-current={category === c.handle ? "page" : undefined}>
            {c.name}
          </Link>
        ))}
      </nav>
      {!result ? (
        <Notice>{t.backendDown}</Notice>
      ) : (
        <section aria-label={t.results(result.count)}>
          <p className="result-count" role="status">
            {t.results(result.count)}
          </p>
          {result.hits.length ? <ProductGrid products={result.hits} locale={locale} /> : <Notice>{t.noResults}</Notice>}
          <Pager locale={locale} page={page} pages={Math.ceil(result.count / PAGE_SIZE)} href={(n) => href({ category, page: n })} />
        </section>
      )}
    </>
  )
}
