import Link from "next/link"
import type { SellerRunOrder } from "@luotian/contract"
import type { SellerOrder } from "../data"
import { RouteRunBadge } from "./route-run-badge"
import type { Locale } from "@/lib/i18n/locales"
import { portalDictionary } from "../dictionary"
import { formatCny } from "@/lib/util/money"
import { beijingTime } from "../utils/month"
import { isUnpaid, itemName, orderState } from "../utils/orders"

/** One seller order in a list: number, when, what, how much and where it stands. */
export function OrderCard({ order, locale, run }: { order: SellerOrder; locale: Locale; run?: SellerRunOrder }) {
  const t = portalDictionary(locale).orders
  const state = orderState(order)
  return (
    <article className="order-card" aria-labelledby={`order-${order.id}`}>
      <h3 id={`order-${order.id}`}>
        <Link href={`/${locale}/portal/orders/${order.id}`}>{t.number(order.display_id)}</Link>
      </h3>
      <p className="order-meta">
        <span className={`state state-${state}`}>{t.states[state]}</span>
        {isUnpaid(order) && <span className="state state-unpaid">{t.unpaid}</span>}
        <time dateTime={order.created_at}>{beijingTime(order.created_at)}</time>
      </p>
      {run && <RouteRunBadge run={run} locale={locale} />}
      <ul className="order-items">
        {order.items.map((item) => (
          <li key={item.id}>
            {/* Titles are kept as the buyer saw them, in Chinese. */}
            <span lang={locale === "en" ? "zh-CN" : undefined}>{itemName(item)}</span> {t.quantity(item.quantity)}
          </li>
        ))}
      </ul>
      <p className="order-total">
        {t.total} {formatCny(order.total, locale)}
      </p>
    </article>
  )
}
