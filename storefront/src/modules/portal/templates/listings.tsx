import type { Metadata } from "next"
import { SELLER_PRODUCTS_MAX_OFFSET } from "@luotian/contract"
import Link from "next/link"
import { listingPage, ownListingOrNull, portalSession } from "../data"
import { pick, type Locale } from "@/lib/i18n/locales"
import { portalDictionary } from "../dictionary"
import { formatCny } from "@/lib/util/money"
import { sizeLabel, sizesOf } from "../utils/listings"
import { Notice } from "@/modules/layout/components/notice"
import { ReviewState } from "../components/review-state"
import { importDictionary } from "../import-dictionary"
import { Pager } from "@/modules/products/components/pager"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ created?: string; page?: string }> }

// An enterprise lists hundreds of products (an import, thousands): the portal shows them a page at a time.
const PAGE_SIZE = 50

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: portalDictionary((await params).locale).listings.title, robots: { index: false } }
}

export default async function ListingsPage({ params, searchParams }: Props) {
  const { locale } = await params
  const { created, page: asked } = await searchParams
  const page = Math.max(1, Math.min(Number.parseInt(asked ?? "", 10) || 1, SELLER_PRODUCTS_MAX_OFFSET / PAGE_SIZE))
  const session = await portalSession(locale, `/${locale}/portal/listings`)
  const { products, count } = await listingPage(session, page, PAGE_SIZE)
  const t = portalDictionary(locale)
  // The one just created first (it was listed last, so it is on the last page), so the seller sees it waiting for review.
  const fresh = created && (products.find((p) => p.id === created) ?? (await ownListingOrNull(session, created)))
  const ordered = fresh ? [fresh, ...products.filter((p) => p.id !== fresh.id)] : products
  const href = (to: number) => `/${locale}/portal/listings${to > 1 ? `?page=${to}` : ""}`
  return (
    <>
      <h1>{t.listings.title}</h1>
      {created && <Notice>{t.listings.created}</Notice>}
      <p>
        <Link href={`/${locale}/portal/listings/new`} className="button-link">
          {t.listings.add}
        </Link>{" "}
        <Link href={`/${locale}/portal/listings/import`}>{importDictionary(locale).link}</Link>
      </p>
      {count > 0 ? <p className="result-count">{t.listings.count(count)}</p> : <p>{t.listings.none}</p>}
      <ul className="card-list">
        {ordered.map((product) => {
          const sizes = sizesOf(product)
          return (
            <li key={product.id}>
              <article className="listing-card" aria-labelledby={`listing-${product.id}`}>
                <h2 id={`listing-${product.id}`}>
                  <Link href={`/${locale}/portal/listings/${product.id}`}>{pick(locale, product.title, product.metadata.title_en)}</Link>
                </h2>
                <dl className="facts">
                  <div>
                    <dt>{t.listings.review}</dt>
                    <dd>
                      <ReviewState listing={product} locale={locale} />
                    </dd>
                  </div>
                  <div>
                    <dt>{t.listings.sale}</dt>
                    <dd>{t.listings.statuses[product.status] ?? product.status}</dd>
                  </div>
                  <div>
                    <dt>{t.listings.sizes}</dt>
                    <dd>
                      {/* Each size with its price and stock, one per line. */}
                      <ul className="size-list">
                        {sizes.map((size) => (
                          <li key={size.variant_id}>
                            {sizeLabel(size)} · {size.price === null ? "—" : formatCny(size.price, locale)} · {t.listings.stock} {t.listings.units(size.stock)}
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </div>
                </dl>
              </article>
            </li>
          )
        })}
      </ul>
      <Pager locale={locale} page={page} pages={Math.ceil(count / PAGE_SIZE)} href={href} />
    </>
  )
}
