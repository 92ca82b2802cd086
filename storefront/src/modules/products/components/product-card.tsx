import Link from "next/link"
import type { ProductCard as Card } from "@luotian/contract"
import { dictionary } from "@/lib/i18n/dictionary"
import { pick, type Locale } from "@/lib/i18n/locales"
import { formatCnyCents, formatWeight } from "@/lib/util/money"
import { cheapestPerKg, fromPrice, sizeList } from "@/lib/util/pack-sizes"
import { productPath } from "@/lib/util/paths"

/** The price per kg: of the one priced size, or the cheapest kilogram among several, naming that size. */
function cardPerKg(product: Card, locale: Locale) {
  const t = dictionary(locale)
  const best = cheapestPerKg(product.sizes)
  if (!best) return null
  const perKg = formatCnyCents(best.perKg, locale)
  const priced = product.sizes.filter((size) => size.price_cny !== null).length
  return priced > 1 ? t.lowestPerKg(perKg, formatWeight(best.size.net_weight_g) ?? "") : `${perKg} / ${t.perKg}`
}

export function ProductCard({ product, locale }: { product: Card; locale: Locale }) {
  const t = dictionary(locale)
  const title = pick(locale, product.title, product.title_en)
  const price = fromPrice(product.sizes, locale, t.fromPrice)
  const perKg = cardPerKg(product, locale)
  const sizes = sizeList(product.sizes)
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
          {sizes && (
            <span className="sizes">
              {t.sizes} {sizes}
            </span>
          )}
        </p>
        <p className="seller">
          {pick(locale, product.seller.name, product.seller.name_en)} · {t.sellerTypes[product.seller.type] ?? product.seller.type} ·{" "}
          {pick(locale, product.town, product.town_en)}
        </p>
        <p className="price">
          {price && <strong>{price}</strong>}
          {perKg && <span className="per-kg">{perKg}</span>}
        </p>
        {!product.in_stock && <p className="stock-out">{t.outOfStock}</p>}
      </div>
    </article>
  )
}
