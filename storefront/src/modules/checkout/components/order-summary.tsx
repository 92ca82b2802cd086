import type { Cart, CartItem, Delivery } from "@/lib/data/cart"
import { cartTexts } from "@/lib/i18n/cart"
import { checkoutTexts } from "@/lib/i18n/checkout"
import { pick, type Locale } from "@/lib/i18n/locales"
import { formatCny, formatCnyCents } from "@/lib/util/money"
import { lineName } from "@/modules/cart/lines"
import type { SellerGroup } from "@/modules/cart/groups"

type Group = SellerGroup<CartItem, Delivery["options"][number]>

/** What the buyer is about to pay for: each seller's lines and delivery, then Medusa's totals. */
export function OrderSummary({ cart, groups, locale }: { cart: Cart; groups: Group[]; locale: Locale }) {
  const t = checkoutTexts(locale)
  const c = cartTexts(locale)
  return (
    <section className="order-summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{t.summary}</h2>
      {groups.map((group) => (
        <div key={group.seller?.id ?? "other"} className="summary-group">
          <h3>{group.seller ? pick(locale, group.seller.name, group.seller.name_en) : c.otherSeller}</h3>
          <ul>
            {group.items.map((item) => (
              <li key={item.id}>
                <span>
                  {lineName(item, locale)} × {item.quantity}
                </span>
                <span>{formatCny(item.subtotal, locale)}</span>
              </li>
            ))}
            <li className="summary-sub">
              <span>{c.groupSubtotal}</span>
              <span>{formatCnyCents(group.subtotalCents, locale)}</span>
            </li>
            {group.selected && (
              <li className="summary-sub">
                <span>{group.selected.name}</span>
                <span>{formatCny(group.selected.amount, locale)}</span>
              </li>
            )}
          </ul>
        </div>
      ))}
      <dl className="summary-totals">
        <div>
          <dt>{c.itemTotal}</dt>
          <dd>{formatCny(cart.item_total, locale)}</dd>
        </div>
        <div>
          <dt>{c.shippingTotal}</dt>
          {/* Until every seller's delivery is chosen, ¥0.00 would understate what the buyer will pay. */}
          <dd>{groups.every((group) => group.selected) ? formatCny(cart.shipping_total, locale) : c.deliveryUnchosen}</dd>
        </div>
        <div className="grand-total">
          <dt>{c.total}</dt>
          <dd id="checkout-total">{formatCny(cart.total, locale)}</dd>
        </div>
      </dl>
    </section>
  )
}
