import type { AssistedOrder } from "@luotian/contract"
import type { Locale } from "@/lib/i18n/locales"
import { pick } from "@/lib/i18n/locales"
import { formatCny } from "@/lib/util/money"
import type { StationDictionary } from "../dictionary"
import { Sums } from "./sums"

type Props = { order: AssistedOrder; locale: Locale; t: StationDictionary }

/** An assisted order: its seller parts with their parcels' journey here, and Medusa's totals (cash due at pickup). */
export function AssistedSummary({ order, locale, t }: Props) {
  const a = t.assisted
  const sums = [[a.itemsTotal, order.purchase.item_total], [a.delivery, order.purchase.shipping_total], [a.total, order.purchase.total]] as const
  return (
    <>
      {order.parts.map((part) => (
        <section key={part.order_id} className="parcel-card" aria-label={a.part(part.display_id, part.seller.name)}>
          <h3>{a.part(part.display_id, pick(locale, part.seller.name, part.seller.name_en))}</h3>
          <p className="parcel-status">{part.parcel ? t.status[part.parcel.status] : a.awaiting}</p>
          <ul className="parcel-items">
            {part.items.map((item, i) => (
              <li key={i}>
                {item.title}
                {item.variant_title ? ` ${item.variant_title}` : ""} × {item.quantity} · {formatCny(item.total, locale)}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <Sums sums={sums} locale={locale} />
    </>
  )
}
