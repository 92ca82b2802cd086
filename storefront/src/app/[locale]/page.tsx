import Link from "next/link"
import { connection } from "next/server"
import { featuredProducts } from "@/lib/data/catalogue"
import { dictionary } from "@/lib/i18n/dictionary"
import type { Locale } from "@/lib/i18n/locales"
import { BrandStory } from "@/modules/home/components/brand-story"
import { CategoryList } from "@/modules/home/components/category-list"
import { Notice } from "@/modules/layout/components/notice"
import { ProductGrid } from "@/modules/products/components/product-grid"
import { SearchForm } from "@/modules/search/components/search-form"
import "@/modules/search/search.css"

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  // Rendered per request (never at build time, never cached with an outage notice);
  // the catalogue reads themselves are cached for 60 s.
  await connection()
  const { locale } = await params
  const t = dictionary(locale)
  const featured = await featuredProducts(8)
  return (
    <>
      <SearchForm locale={locale} />
      <BrandStory locale={locale} />
      <CategoryList locale={locale} />
      <section aria-labelledby="featured-title">
        <h2 id="featured-title">{t.featuredTitle}</h2>
        {!featured ? (
          <Notice>{t.backendDown}</Notice>
        ) : featured.length ? (
          <ProductGrid products={featured} locale={locale} />
        ) : (
          <Notice>{t.noResults}</Notice>
        )}
        <p>
          <Link href={`/${locale}/products`}>{t.allProducts} →</Link>
        </p>
      </section>
    </>
  )
}
