import type { SellerOrder } from "../data"
import type { Locale } from "@/lib/i18n/locales"
import { portalDictionary } from "../dictionary"
import { beijingTime } from "../utils/month"
import { liveFulfillments } from "../utils/orders"

/** How the order left: the carrier and tracking number, or the station it was handed to. */
export function OrderFulfilment({ order, locale }: { order: SellerOrder; locale: Locale }) {
  const t = portalDictionary(locale).orders
  const fulfilments = liveFulfillments<SellerOrder["fulfillments"][number]>(order)
  if (!fulfilments.length) return null
  return (
    <ul className="fulfilments">
      {fulfilments.map((f) => (
        <li key={f.id}>
          {f.metadata?.method === "station"
            ? t.handedTo(f.metadata.station ?? "")
            : t.shippedBy(f.metadata?.carrier ?? "", f.labels?.map((l) => l.tracking_number).join(", ") ?? "")}
          {f.shipped_at && (
            <>
              {" · "}
              <time dateTime={f.shipped_at}>{beijingTime(f.shipped_at)}</time>
            </>
          )}
        </li>
      ))}
    </ul>
  )
}
