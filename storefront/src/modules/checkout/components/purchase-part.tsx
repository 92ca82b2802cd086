import Link from "next/link"
import type { PurchasePart as Part } from "@/lib/data/purchases"
import { confirmationTexts } from "@/lib/i18n/checkout"
import { pick, type Locale } from "@/lib/i18n/locales"
import { formatCny } from "@/lib/util/money"
import { lineSize } from "@/lib/util/pack-sizes"
import { productPath, sellerPath } from "@/lib/util/paths"

/** One seller's part of the purchase: who ships it, its items, its delivery and what it comes to. */
export function PurchasePart({ part, locale, titles }: { part: Part; locale: Locale; titles: Map<string, string> }) {
  const t = confirmationTexts(locale)
  const seller = pick(locale, part.seller.name, part.seller.name_en)
  const id = `part-${part.order_id}`
  return (
    <li className="purchase-part" aria-labelledby={id}>
      <h3 id={id}>
        <Link href={sellerPath(locale, part.seller.handle)}>{seller}</Link>
        <span className="part-number"> · {t.partNumber(part.display_id)}</span>
      </h3>
      <ul>
        {part.items.map((item, index) => {
          const title = (item.product_handle && titles.get(item.product_handle)) || item.title
          const size = lineSize(item)
          return (
            <li key={`${item.product_handle}-${index}`}>
              <span>
                {item.product_handle ? <Link href={productPath(locale, item.product_handle)}>{title}</Link> : title}
                {size && <span className="line-size"> · {t.size(size)}</span>} {t.quantity(item.quantity)}
              </span>
              <span>{formatCny(item.total, locale)}</span>
            </li>
          )
        })}
        {part.delivery && (
          <li className="summary-sub">
            <span>{t.delivery(part.delivery.name)}</span>
            <span>{formatCny(part.delivery.amount, locale)}</span>
          </li>
        )}
        <li className="part-total">
          <span>{t.partTotal}</span>
          <span>{formatCny(part.total, locale)}</span>
        </li>
      </ul>
    </li>
  )
}
