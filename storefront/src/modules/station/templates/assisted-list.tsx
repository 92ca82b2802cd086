import type { Metadata } from "next"
import Link from "next/link"
import type { Locale } from "@/lib/i18n/locales"
import { formatCny } from "@/lib/util/money"
import { StationNav } from "../components/station-nav"
import { assistedOrdersOf, stationSession } from "../data"
import { stationDictionary } from "../dictionary"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: stationDictionary((await params).locale).assisted.listTitle, robots: { index: false } }
}

// 代购: the station's orders for villagers, newest first, and the way to a new one.
export default async function AssistedOrdersPage({ params }: Props) {
  const { locale } = await params
  const t = stationDictionary(locale)
  const { token, station } = await stationSession(locale)
  const orders = await assistedOrdersOf(token)
  return (
    <section className="station" aria-labelledby="assisted-title">
      <StationNav station={station} locale={locale} t={t} />
      <h1 id="assisted-title">{t.assisted.listTitle}</h1>
      <p>{t.assisted.intro}</p>
      <Link className="primary station-button" href={`/${locale}/station/assisted/new`}>{t.assisted.newOrder}</Link>
      {orders.length ? (
        <ul className="parcel-list">
          {orders.map((order) => (
            <li key={order.id} className="parcel-card">
              <h3>
                <Link href={`/${locale}/station/assisted/${order.id}`}>{t.assisted.orderNumber(order.purchase.display_id)}</Link> · {order.villager.name}
              </h3>
              <p className="parcel-status">
                {order.parts.map((part) => (part.parcel ? t.status[part.parcel.status] : t.assisted.awaiting)).join(" / ")}
              </p>
              <p className="parcel-cash">{formatCny(order.purchase.total, locale)}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="station-empty">{t.assisted.none}</p>
      )}
    </section>
  )
}
