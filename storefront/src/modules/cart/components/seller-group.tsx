import Link from "next/link"
import type { CartItem, Delivery } from "@/lib/data/cart"
import { cartTexts } from "@/lib/i18n/cart"
import { pick, type Locale } from "@/lib/i18n/locales"
import { formatCny, formatCnyCents } from "@/lib/util/money"
import { sellerPath } from "@/lib/util/paths"
import type { SellerGroup as Group } from "../groups"
import { CartLine } from "./cart-line"
import { DeliveryChoice } from "./delivery-choice"

// Pickup at a station asks for the station too, so it is chosen at checkout; the cart offers the couriers.
const couriers = <O extends { kind: string }>(options: O[]) => options.filter((option) => option.kind !== "station_pickup")

type LineProblem = { item: string; message: string; typed?: string }

/** One seller's share of the cart: its lines, its delivery and what its goods come to. */
export function SellerGroup({ group, locale, problem }: { group: Group<CartItem, Delivery["options"][number]>; locale: Locale; problem?: LineProblem }) {
  const t = cartTexts(locale)
  const id = `seller-${group.seller?.handle ?? "other"}`
  const name = group.seller ? pick(locale, group.seller.name, group.seller.name_en) : t.otherSeller
  return (
    <section className="seller-group" aria-labelledby={id}>
      <h2 id={id}>
        {group.seller ? <Link href={sellerPath(locale, group.seller.handle)}>{t.groupTitle(name)}</Link> : name}
      </h2>
      <ul className="cart-lines">
        {group.items.map((item) => (
          <CartLine key={item.id} item={item} locale={locale} anchor={id} problem={problem?.item === item.id ? problem : undefined} />
        ))}
      </ul>
      {group.seller && <DeliveryChoice groupId={id} options={couriers(group.options)} selected={group.selected} locale={locale} />}
      <dl className="group-sums">
        <div>
          <dt>{t.groupSubtotal}</dt>
          <dd>{formatCnyCents(group.subtotalCents, locale)}</dd>
        </div>
        {group.selected && (
          <div>
            <dt>{t.groupDelivery}</dt>
            <dd>{formatCny(group.selected.amount, locale)}</dd>
          </div>
        )}
      </dl>
    </section>
  )
}
