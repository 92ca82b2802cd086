import type { Metadata } from "next"
import { portalSession, sellerOrders } from "../data"
import type { Locale } from "@/lib/i18n/locales"
import { portalDictionary } from "../dictionary"
import { newestFirst } from "../utils/orders"
import { OrderCard } from "../components/order-card"
import { ordersOnRuns } from "../route-runs-data"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: portalDictionary((await params).locale).orders.title, robots: { index: false } }
}

export default async function OrdersPage({ params }: Props) {
  const { locale } = await params
  const session = await portalSession(locale, `/${locale}/portal/orders`)
  const [all, runs] = await Promise.all([sellerOrders(session), ordersOnRuns(session)])
  const orders = newestFirst(all)
  const t = portalDictionary(locale).orders
  return (
    <>
      <h1>{t.title}</h1>
      {!orders.length && <p>{t.none}</p>}
      <ul className="card-list">
        {orders.map((order) => (
          <li key={order.id}>
            <OrderCard order={order} locale={locale} run={runs.get(order.id)} />
          </li>
        ))}
      </ul>
    </>
  )
}
