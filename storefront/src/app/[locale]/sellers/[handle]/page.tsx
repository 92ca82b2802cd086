import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { sellerByHandle, sellerProducts } from "@/lib/data/sellers"
import { dictionary } from "@/lib/i18n/dictionary"
import { pick, type Locale } from "@/lib/i18n/locales"
import { handleFromPath, SELLER_HANDLE, sellerPath } from "@/lib/util/paths"
import { Notice } from "@/modules/layout/components/notice"
import { ProductGrid } from "@/modules/products/components/product-grid"

// Rendered on a seller's first visit, then served from the cache and re-rendered at most once a minute.
export const revalidate = 60
export const generateStaticParams = async () => []

type Props = { params: Promise<{ locale: Locale; handle: string }> }

async function load(params: Props["params"]) {
  const { locale, handle } = await params
  const valid = handleFromPath(handle, SELLER_HANDLE)
  return { locale, seller: valid ? await sellerByHandle(valid) : null }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, seller } = await load(params)
  if (!seller) return {}
  return {
    title: pick(locale, seller.name, seller.name_en),
    description: (seller.story && pick(locale, seller.story, seller.story_en)) || undefined,
    alternates: { languages: { "zh-CN": sellerPath("zh-CN", seller.handle), en: sellerPath("en", seller.handle) } },
  }
}

export default async function SellerPage({ params }: Props) {
  const { locale, seller } = await load(params)
  if (!seller) notFound()
  const t = dictionary(locale)
  const products = await sellerProducts(seller.handle)
  const name = pick(locale, seller.name, seller.name_en)
  const type = t.sellerTypes[seller.type] ?? seller.type
  const village = seller.village && pick(locale, seller.village, seller.village_en)
  return (
    <article className="seller-page" aria-labelledby="seller-name">
      <header className="seller-header">
        {seller.logo && <img src={seller.logo} alt={t.seller.logoAlt(name)} width={72} height={72} />}
        <h1 id="seller-name">{name}</h1>
      </header>
      <dl className="product-facts">
        <div>
          <dt>{t.seller.type}</dt>
          <dd>{type}</dd>
        </div>
        <div>
          <dt>{t.seller.town}</dt>
          <dd>{pick(locale, seller.town, seller.town_en)}</dd>
        </div>
        {village && (
          <div>
            <dt>{t.seller.village}</dt>
            <dd>{village}</dd>
          </div>
        )}
        <div>
          <dt>{t.seller.members}</dt>
          <dd>{t.seller.memberCount(seller.member_count)}</dd>
        </div>
      </dl>
      {seller.story && (
        <section aria-labelledby="story-title">
          <h2 id="story-title">{t.seller.story}</h2>
          <p lang={locale === "en" && !seller.story_en ? "zh-CN" : undefined}>{pick(locale, seller.story, seller.story_en)}</p>
        </section>
      )}
      <section aria-labelledby="seller-products-title">
        <h2 id="seller-products-title">{t.seller.products(products.count)}</h2>
        {products.hits.length ? <ProductGrid products={products.hits} locale={locale} /> : <Notice>{t.seller.noProducts}</Notice>}
      </section>
    </article>
  )
}
