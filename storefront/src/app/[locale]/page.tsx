import Link from "next/link"
import { connection } from "next/server"
import { featuredProducts } from "@/lib/data/catalogue"
import { featuredCooperatives } from "@/lib/data/sellers"
import { dictionary } from "@/lib/i18n/dictionary"
import type { Locale } from "@/lib/i18n/locales"
import { BrandStory } from "@/modules/home/components/brand-story"
import { CategoryList } from "@/modules/home/components/category-list"
import { FeaturedCooperatives } from "@/modules/home/components/featured-cooperatives"
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
  const [featured, cooperatives] = await Promise.all([featuredProducts(8), featuredCooperatives(4)])
  return (
    <>
      <SearchForm locale={locale} />
      <BrandStory locale={locale} />
      <CategoryList locale={locale} />
      {cooperatives?.length ? <FeaturedCooperatives cooperatives={cooperatives} locale={locale} /> : null}
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
