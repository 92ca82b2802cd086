import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { partnerOwnerToken } from "@/lib/data/cookies"
import { pick, type Locale } from "@/lib/i18n/locales"
import { formatAmount } from "@/modules/portal/components/money-totals"
import { logOut } from "../actions"
import { ownerDashboard, ownerLogin, type ByCurrency, type ScanDay } from "../data"
import { ownerDictionary } from "../dictionary"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: ownerDictionary((await params).locale).title, robots: { index: false } }
}

const percent = (ratio: string | null) => (ratio === null ? "–" : `${(Number(ratio) * 100).toFixed(1)}%`)

/** The point's own figures: scans per day, months (orders, sales, referral earnings) and the orders it brought. */
export default async function OwnerDashboard({ params }: Props) {
  const { locale } = await params
  const token = await partnerOwnerToken()
  const board = await ownerDashboard(token)
  if (!board) redirect(ownerLogin(locale, token ? "expired" : undefined))
  const t = ownerDictionary(locale)
  const { partner } = board
  const money = (totals: ByCurrency) =>
    Object.entries(totals).map(([currency, amount]) => formatAmount(amount, currency, locale)).join(" · ") || "–"
  const date = (at: string) => new Date(at).toLocaleString(locale, { timeZone: "Asia/Shanghai", dateStyle: "medium", timeStyle: "short" })
  return (
    <section className="owner" aria-labelledby="owner-title">
      <header className="owner-head">
        <h1 id="owner-title">{pick(locale, partner.name, partner.name_en)}</h1>
        <p>
          {t.kinds[partner.kind]} · {pick(locale, partner.town, partner.town_en)} · {t.rate} {percent(partner.referral_rate)}
        </p>
        <form action={logOut.bind(null, locale)}>
          <button type="submit" className="owner-link">{t.logOut}</button>
        </form>
      </header>

      <h2>{t.scans}</h2>
      <p>{t.scansIntro}</p>
      <ScanBars days={board.days} label={t.scans} />

      <h2 id="owner-months">{t.months}</h2>
      <p>{t.referralsIntro}</p>
      <div className="owner-scroll" role="region" aria-labelledby="owner-months" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.month}</th>
              <th scope="col">{t.scans}</th>
              <th scope="col">{t.purchases}</th>
              <th scope="col">{t.conversion}</th>
              <th scope="col">{t.sales}</th>
              <th scope="col">{t.referrals}</th>
            </tr>
          </thead>
          <tbody>
            {[...board.months].reverse().map((m) => (
              <tr key={m.month}>
                <th scope="row">{m.month}</th>
                <td>{m.scans}</td>
                <td>{m.purchases}</td>
                <td>{percent(m.conversion)}</td>
                <td>{money(m.sales)}</td>
                <td>{money(m.referrals)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="owner-orders">{t.orders}</h2>
      <p>{t.ordersIntro}</p>
      {board.orders.length ? (
        <ul className="owner-orders" aria-labelledby="owner-orders">
          {board.orders.map((order) => (
            <li key={order.display_id}>
              <span>{t.orderNo} #{order.display_id}</span>
              <span>{date(order.placed_at)}</span>
              <span>{formatAmount(order.total, order.currency_code, locale)}</span>
              <span>{t.statuses[order.status] ?? order.status}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.none}</p>
      )}
    </section>
  )
}

/** Thirty CSS bars, one a day, with the counts as text for screen readers and narrow screens. */
function ScanBars({ days, label }: { days: ScanDay[]; label: string }) {
  const most = Math.max(1, ...days.map((d) => d.scans))
  return (
    <ol className="owner-bars" aria-label={label}>
      {days.map((d) => (
        <li key={d.day} title={`${d.day}: ${d.scans}`}>
          <span className="owner-bar" style={{ height: `${(d.scans / most) * 100}%` }} />
          <span className="owner-visually-hidden">{`${d.day}: ${d.scans}`}</span>
        </li>
      ))}
    </ol>
  )
}
