import Link from "next/link"
import type { Cart } from "@/lib/data/cart"
import { cartTexts } from "@/lib/i18n/cart"
import type { Locale } from "@/lib/i18n/locales"
import { formatCny } from "@/lib/util/money"

/** The cart's totals exactly as Medusa computes them, and the way to the checkout. */
export function CartTotals({ cart, locale, deliveriesChosen }: { cart: Cart; locale: Locale; deliveriesChosen: boolean }) {
  const t = cartTexts(locale)
  return (
    <section className="cart-totals" aria-labelledby="cart-totals-title">
      <h2 id="cart-totals-title">{t.totals}</h2>
      <dl>
        <div>
          <dt>{t.itemTotal}</dt>
          <dd>{formatCny(cart.item_total, locale)}</dd>
        </div>
        <div>
          <dt>{t.shippingTotal}</dt>
          <dd>{deliveriesChosen ? formatCny(cart.shipping_total, locale) : t.deliveryUnchosen}</dd>
        </div>
        <div className="grand-total">
          <dt>{t.total}</dt>
          <dd>{formatCny(cart.total, locale)}</dd>
        </div>
      </dl>
      {!deliveriesChosen && <p className="hint">{t.deliveryLater}</p>}
      <p>
        <Link href={`/${locale}/checkout`} className="button">
          {t.checkout}
        </Link>
      </p>
    </section>
  )
}
