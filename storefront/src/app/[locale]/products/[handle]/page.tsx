import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { standardFor } from "@/lib/data/grades"
import { lotOnSale, productByHandle } from "@/lib/data/products"
import { categories } from "@/lib/i18n/categories"
import { dictionary } from "@/lib/i18n/dictionary"
import { pick, type Locale } from "@/lib/i18n/locales"
import { handleFromPath, PRODUCT_HANDLE, productPath } from "@/lib/util/paths"
import { jsonLdText, productJsonLd } from "@/lib/util/structured-data"
import { GradeCriteria } from "@/modules/products/components/grade-criteria"
import { LotOnSale } from "@/modules/products/components/lot-on-sale"
import { ProductGallery } from "@/modules/products/components/product-gallery"
import { ProductPurchase } from "@/modules/products/components/product-purchase"
import { SellerCard } from "@/modules/sellers/components/seller-card"

// Rendered on a product's first visit, then served from the cache and re-rendered at most once a minute.
export const revalidate = 60
export const generateStaticParams = async () => []

type Props = { params: Promise<{ locale: Locale; handle: string }> }

async function load(params: Props["params"]) {
  const { locale, handle } = await params
  const valid = handleFromPath(handle, PRODUCT_HANDLE)
  return { locale, product: valid ? await productByHandle(valid) : null }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, product } = await load(params)
  if (!product) return {}
  const title = pick(locale, product.title, product.title_en)
  return {
    title,
    description: pick(locale, product.description, product.description_en) || undefined,
    alternates: { languages: { "zh-CN": productPath("zh-CN", product.handle), en: productPath("en", product.handle) } },
    openGraph: { title, images: product.images.map((image) => ({ url: image.url, alt: title })) },
  }
}

export default async function ProductPage({ params }: Props) {
  const { locale, product } = await load(params)
  if (!product) notFound()
  const t = dictionary(locale)
  const [standard, lot] = await Promise.all([product.category.handle ? standardFor(product.category.handle) : null, lotOnSale(product.handle)])
  const grade = standard?.grades.find((g) => g.code === product.grade.code) ?? null
  const title = pick(locale, product.title, product.title_en)
  const description = pick(locale, product.description, product.description_en)
  const category = categories(locale).find((c) => c.handle === product.category.handle)?.name ?? pick(locale, product.category.name, product.category.name_en)
  const sellerName = pick(locale, product.seller.name, product.seller.name_en)
  const jsonLd = productJsonLd({
    handle: product.handle,
    title,
    description,
    images: product.images.map((image) => image.url),
    category,
    brand: t.product.brand,
    seller: sellerName,
    sizes: product.sizes,
  })
  return (
    <>
      <nav aria-label={t.product.breadcrumb} className="breadcrumb">
        <Link href={`/${locale}`}>{t.product.home}</Link> › <Link href={`/${locale}/products?category=${product.category.handle}`}>{category}</Link>
      </nav>
      <article className="product-page" aria-labelledby="product-title">
        <ProductGallery images={product.images} title={title} locale={locale} />
        <div className="product-main">
          <p className="eyebrow">{t.product.brandLine}</p>
          <h1 id="product-title">{title}</h1>
          <ProductPurchase product={product} locale={locale} />
          <GradeCriteria gradeName={pick(locale, product.grade.name, product.grade.name_en)} standard={standard} grade={grade} locale={locale} />
          {lot && <LotOnSale lot={lot} locale={locale} />}
          {description && (
            <section aria-labelledby="description-title">
              <h2 id="description-title">{t.product.description}</h2>
              <p lang={locale === "en" && !product.description_en ? "zh-CN" : undefined}>{description}</p>
            </section>
          )}
          <section aria-labelledby="seller-title">
            <h2 id="seller-title">{t.product.seller}</h2>
            <SellerCard seller={{ ...product.seller, town: product.town, town_en: product.town_en }} locale={locale} />
          </section>
        </div>
      </article>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(jsonLd) }} />
    </>
  )
}
