import Link from "next/link"
import type { ProductCard as Card } from "@luotian/contract"
import { dictionary } from "@/lib/i18n/dictionary"
import { pick, type Locale } from "@/lib/i18n/locales"
import { formatCny, formatPerKg, formatWeight } from "@/lib/util/money"
import { productPath } from "@/lib/util/paths"

export function ProductCard({ product, locale }: { product: Card; locale: Locale }) {
  const t = dictionary(locale)
  const title = pick(locale, product.title, product.title_en)
  const price = product.price_cny === null ? null : formatCny(product.price_cny, locale)
  const perKg = product.price_cny === null ? null : formatPerKg(product.price_cny, product.net_weight_g, locale)
  return (
    <article className="product-card">
      {product.thumbnail && <img src={product.thumbnail} alt={title} width={240} height={240} loading="lazy" decoding="async" />}
      <div className="product-card-body">
        <h3>
          {/* The whole card is this link's target (.product-card h3 a::after); not prefetched, so a grid of
              cards does not render every product page at once. */}
          <Link href={productPath(locale, product.handle)} prefetch={false}>
            {title}
          </Link>
        </h3>
        <p className="grade">
          <span className="badge">{pick(locale, product.grade.name, product.grade.name_en)}</span>
          {formatWeight(product.net_weight_g) && (
            <span>
              {t.netWeight} {formatWeight(product.net_weight_g)}
            </span>
          )}
        </p>
        <p className="seller">
          {pick(locale, product.seller.name, product.seller.name_en)} · {t.sellerTypes[product.seller.type] ?? product.seller.type} ·{" "}
          {pick(locale, product.town, product.town_en)}
        </p>
        <p className="price">
          {price && <strong>{price}</strong>}
          {perKg && (
            <span className="per-kg">
              {perKg} / {t.perKg}
            </span>
          )}
        </p>
        {!product.in_stock && <p className="stock-out">{t.outOfStock}</p>}
      </div>
    </article>
  )
}
