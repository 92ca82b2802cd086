import type { Metadata } from "next"
import Link from "next/link"
import { balance, listingsRunningLow, portalSession, sellerOrders, statement } from "../data"
import { pick, type Locale } from "@/lib/i18n/locales"
import { portalDictionary } from "../dictionary"
import { LOW_STOCK, lowStock, sizeLabel } from "../utils/listings"
import { beijingMonth, beijingTime, formatMonth } from "../utils/month"
import { itemName, ordersToFulfil } from "../utils/orders"
import { MoneyTotals } from "../components/money-totals"
import { BalanceCard } from "../components/balance-card"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: portalDictionary((await params).locale).title, robots: { index: false } }
}

export default async function DashboardPage({ params }: Props) {
  const { locale } = await params
  const session = await portalSession(locale, `/${locale}/portal`)
  const month = beijingMonth(new Date())
  const [orders, running, sales, money] = await Promise.all([
    sellerOrders(session),
    listingsRunningLow(session, LOW_STOCK),
    statement(session, month),
    balance(session),
  ])
  const t = portalDictionary(locale)
  const toFulfil = ordersToFulfil(orders)
  const low = lowStock(running)
  const home = `/${locale}/portal`
  return (
    <>
      <h1>{t.dashboard.title}</h1>
      <p>{t.dashboard.welcome(pick(locale, session.seller.name, session.seller.name_en))}</p>
      <BalanceCard answer={money} locale={locale} link />
      <section aria-labelledby="to-fulfil" className="portal-panel">
        <h2 id="to-fulfil">{t.dashboard.toFulfil(toFulfil.length)}</h2>
        {toFulfil.length ? (
          <ul className="link-list">
            {toFulfil.map((order) => (
              <li key={order.id}>
                <Link href={`${home}/orders/${order.id}`}>{t.orders.number(order.display_id)}</Link>{" "}
                <time dateTime={order.created_at}>{beijingTime(order.created_at)}</time> ·{" "}
                <span lang={locale === "en" ? "zh-CN" : undefined}>{order.items.map((i) => `${itemName(i)} ${t.orders.quantity(i.quantity)}`).join("，")}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t.dashboard.noneToFulfil}</p>
        )}
        <p>
          <Link href={`${home}/orders`}>{t.dashboard.allOrders} →</Link>
        </p>
      </section>
      <section aria-labelledby="low-stock" className="portal-panel">
        <h2 id="low-stock">{t.dashboard.lowStock(LOW_STOCK)}</h2>
        {low.length ? (
          <ul className="link-list">
            {low.map(({ listing: product, size }) => (
              <li key={size.variant_id}>
                <Link href={`${home}/listings/${product.id}`}>{pick(locale, product.title, product.metadata.title_en)}</Link> · {sizeLabel(size)} ·{" "}
                {t.listings.units(size.stock)}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t.dashboard.noLowStock}</p>
        )}
        <p>
          <Link href={`${home}/listings`}>{t.dashboard.allListings} →</Link>
        </p>
      </section>
      <section aria-labelledby="month-sales" className="portal-panel">
        <h2 id="month-sales">{t.dashboard.monthSales(formatMonth(month, locale))}</h2>
        <MoneyTotals totals={sales.totals} locale={locale} orderCount={sales.orders.length} />
        <p>
          <Link href={`${home}/statements/${month}`}>{t.dashboard.statement} →</Link>
        </p>
      </section>
    </>
  )
}
