import type { Metadata } from "next"
import Link from "next/link"
import { listCategories } from "@/lib/data/categories"
import { searchCatalogue } from "@/lib/data/catalogue"
import { dictionary } from "@/lib/i18n/dictionary"
import { pick, type Locale } from "@/lib/i18n/locales"
import { Notice } from "@/modules/layout/components/notice"
import { ProductGrid } from "@/modules/products/components/product-grid"
import { SearchForm } from "@/modules/products/components/search-form"

type Props = {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<{ q?: string; category?: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: dictionary(locale).nav.products }
}

export default async function ProductsPage({ params, searchParams }: Props) {
  const { locale } = await params
  const { q = "", category } = await searchParams
  const t = dictionary(locale)
  const [categories, result] = await Promise.all([listCategories(), searchCatalogue({ q, category, limit: "48" })])
  const link = (handle?: string) => `/${locale}/products?${new URLSearchParams({ ...(q && { q }), ...(handle && { category: handle }) })}`
  return (
    <>
      <SearchForm locale={locale} q={q} category={category} />
      <nav aria-label={t.allCategories} className="category-filter">
        <Link href={link()} aria-current={!category ? "page" : undefined}>
          {t.allCategories}
        </Link>
        {categories.map((c) => (
          <Link key={c.id} href={link(c.handle)} aria-current={category === c.handle ? "page" : undefined}>
            {pick(locale, c.name, c.name_en)}
          </Link>
        ))}
      </nav>
      {!result ? (
        <Notice>{t.backendDown}</Notice>
      ) : (
        <section aria-live="polite">
          <p className="result-count">{t.results(result.count)}</p>
          {result.hits.length ? <ProductGrid products={result.hits} locale={locale} /> : <Notice>{t.noResults}</Notice>}
        </section>
      )}
    </>
  )
}
