import Link from "next/link"
import type { PurchasePart } from "@/lib/data/purchases"
import { accountDictionary } from "@/lib/i18n/account"
import { pick, type Locale } from "@/lib/i18n/locales"
import { lineSize } from "@/lib/util/pack-sizes"
import { productPath } from "@/lib/util/paths"
import { confirmReceipt } from "../actions"
import { formatAmount, formatDay, fulfilmentWords } from "../format"

type Props = { part: PurchasePart; purchaseId: string; currency: string; locale: Locale }

/** One seller's part of a purchase: its items, delivery and where it is now. */
export function SellerPart({ part, purchaseId, currency, locale }: Props) {
  const t = accountDictionary(locale)
  const money = (amount: number | string) => formatAmount(amount, currency, locale)
  const shipped = part.status !== "canceled" && part.fulfillments.length > 0
  return (
    <section className="seller-part" aria-label={pick(locale, part.seller.name, part.seller.name_en)}>
      <h4>{pick(locale, part.seller.name, part.seller.name_en)}</h4>
      <p className={`part-status${shipped ? " part-status-sent" : ""}`}>{fulfilmentWords(part, t.status)}</p>
      <ul className="part-items" aria-label={t.itemsOf}>
        {part.items.map((item, i) => (
          <li key={i}>
            <span lang={locale === "en" ? "zh-CN" : undefined}>
              {item.product_handle ? <Link href={productPath(locale, item.product_handle)}>{item.title}</Link> : item.title}
            </span>
            {lineSize(item) && <span className="part-size"> · {t.size(lineSize(item)!)}</span>}{" "}
            <span className="part-quantity">{t.quantity(item.quantity)}</span> <span className="part-amount">{money(item.total)}</span>
            {item.lots && item.lots.length > 0 && (
              <span className="part-lots">
                {t.lots}:{" "}
                {item.lots.map((lot, j) => (
                  <span key={lot.code}>
                    {j > 0 && "、"}
                    <Link href={`/${locale}${lot.trace_path}`}>{lot.code}</Link> {t.quantity(lot.quantity)}
                  </span>
                ))}
              </span>
            )}
          </li>
        ))}
      </ul>
      <dl className="part-totals">
        {part.delivery && (
          <div>
            <dt>{t.delivery}</dt>
            <dd>{money(part.delivery.amount)}</dd>
          </div>
        )}
        <div>
          <dt>{t.partTotal}</dt>
          <dd>{money(part.total)}</dd>
        </div>
      </dl>
      {part.received_at ? (
        <p className="part-received">{t.receipt.received(formatDay(part.received_at, locale))}</p>
      ) : (
        shipped && (
          <form action={confirmReceipt} className="part-receipt">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="purchase_id" value={purchaseId} />
            <input type="hidden" name="part_id" value={part.order_id} />
            <p className="part-receipt-hint">{t.receipt.hint}</p>
            <button type="submit">{t.receipt.confirm}</button>
          </form>
        )
      )}
    </section>
  )
}
