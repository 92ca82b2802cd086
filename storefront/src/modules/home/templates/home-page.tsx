import Link from "next/link"
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

/**
 * The home page. When the backend cannot answer it throws rather than render a page missing its products: the page
 * is cached (ISR), so the cache keeps serving the last good one, and a first visit gets Next's error page for cached
 * pages (src/pages/_error.tsx: the store is unreachable, in zh/en, not stored).
 */
export async function HomePage({ locale }: { locale: Locale }) {
  const t = dictionary(locale)
  const [featured, cooperatives] = await Promise.all([featuredProducts(8), featuredCooperatives(4)])
  if (!featured || !cooperatives) throw new Error("The home page's products or cooperatives could not be read")
  return (
    <>
      <SearchForm locale={locale} />
      <BrandStory locale={locale} />
      <CategoryList locale={locale} />
      {cooperatives.length ? <FeaturedCooperatives cooperatives={cooperatives} locale={locale} /> : null}
      <section aria-labelledby="featured-title">
        <h2 id="featured-title">{t.featuredTitle}</h2>
        {featured.length ? (
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
