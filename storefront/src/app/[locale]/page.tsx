import Link from "next/link"
import { listCategories } from "@/lib/data/categories"
import { searchCatalogue } from "@/lib/data/catalogue"
import { dictionary } from "@/lib/i18n/dictionary"
import type { Locale } from "@/lib/i18n/locales"
import { BrandStory } from "@/modules/home/components/brand-story"
import { CategoryList } from "@/modules/home/components/category-list"
import { Notice } from "@/modules/layout/components/notice"
import { ProductGrid } from "@/modules/products/components/product-grid"
import { SearchForm } from "@/modules/products/components/search-form"

// Rendered per request from cached catalogue reads (revalidated every 60 s), never baked at build time.
export const dynamic = "force-dynamic"

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  const t = dictionary(locale)
  const [categories, featured] = await Promise.all([
    listCategories(),
    searchCatalogue({ grade: "special", in_stock: "true", sort: "newest", limit: "8" }),
  ])
  return (
    <>
      <SearchForm locale={locale} />
      <BrandStory locale={locale} />
      <CategoryList categories={categories} locale={locale} />
      <section aria-labelledby="featured-title">
        <h2 id="featured-title">{t.featuredTitle}</h2>
        {featured ? <ProductGrid products={featured.hits} locale={locale} /> : <Notice>{t.backendDown}</Notice>}
        <p>
          <Link href={`/${locale}/products`}>{t.allProducts} →</Link>
        </p>
      </section>
    </>
  )
}
