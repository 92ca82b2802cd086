import type { ProductDetail } from "@luotian/contract"
import { dictionary } from "@/lib/i18n/dictionary"
import { pick, type Locale } from "@/lib/i18n/locales"
import { formatCny, formatPerKg, formatWeight } from "@/lib/util/money"

/** Price, price per kg, grade, net weight and stock, as a list of terms. */
export function ProductFacts({ product, locale }: { product: ProductDetail; locale: Locale }) {
  const t = dictionary(locale)
  const price = product.price_cny === null ? null : formatCny(product.price_cny, locale)
  const perKg = product.price_cny === null ? null : formatPerKg(product.price_cny, product.net_weight_g, locale)
  const weight = formatWeight(product.net_weight_g)
  return (
    <dl className="product-facts">
      {price && (
        <div>
          <dt>{t.product.price}</dt>
          <dd className="price-now">{price}</dd>
        </div>
      )}
      {perKg && (
        <div>
          <dt>{t.product.perKg}</dt>
          <dd>
            {perKg} / {t.perKg}
          </dd>
        </div>
      )}
      <div>
        <dt>{t.product.grade}</dt>
        <dd>
          <span className="badge">{pick(locale, product.grade.name, product.grade.name_en)}</span>
        </dd>
      </div>
      {weight && (
        <div>
          <dt>{t.netWeight}</dt>
          <dd>{weight}</dd>
        </div>
      )}
      <div>
        <dt>{t.product.stock}</dt>
        <dd className={product.in_stock ? "stock-in" : "stock-out"}>{product.in_stock ? t.product.inStock : t.outOfStock}</dd>
      </div>
    </dl>
  )
}
