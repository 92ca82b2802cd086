import type { Metadata } from "next"
import Link from "next/link"
import { payout, portalSession } from "../data"
import type { Locale } from "@/lib/i18n/locales"
import { portalDictionary } from "../dictionary"
import { beijingTime } from "../utils/month"
import { formatAmount } from "../components/money-totals"

type Props = { params: Promise<{ locale: Locale; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: portalDictionary((await params).locale).payouts.payout, robots: { index: false } }
}

/** One payout with the orders it paid (a negative amount nets off a refund made after an earlier payout). */
export default async function PayoutPage({ params }: Props) {
  const { locale, id } = await params
  const session = await portalSession(locale, `/${locale}/portal/payouts/${encodeURIComponent(id)}`)
  const { payout: p, orders } = await payout(session, id)
  const d = portalDictionary(locale)
  const t = d.payouts
  const money = (amount: string) => formatAmount(amount, p.currency_code, locale)
  return (
    <>
      <p>
        <Link href={`/${locale}/portal/payouts`}>← {t.back}</Link>
      </p>
      <h1>
        {t.payout} · {money(p.amount)}
      </h1>
      <dl className="facts">
        <div><dt>{t.date}</dt><dd>{beijingTime(p.created_at)}</dd></div>
        <div><dt>{t.method}</dt><dd>{p.account.method === "bank" ? t.bank : t.alipay} · {p.account.account_number}</dd></div>
        <div><dt>{d.orders.state}</dt><dd data-status={p.status}>{t.status[p.status]}</dd></div>
        {p.bank_reference && <div><dt>{t.reference}</dt><dd>{p.bank_reference}</dd></div>}
        {p.failure_reason && <div><dt>{t.reason}</dt><dd>{p.failure_reason}</dd></div>}
      </dl>
      <h2>{t.orders}</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr><th scope="col">{t.order}</th><th scope="col">{t.amount}</th></tr>
          </thead>
          <tbody>
            {orders.map((o) => (
              <tr key={o.order_id}>
                <td><Link href={`/${locale}/portal/orders/${o.order_id}`}>{o.display_id != null ? d.orders.number(o.display_id) : o.order_id}</Link></td>
                <td className="num">{money(o.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <a href={`/${locale}/portal/payouts/${encodeURIComponent(p.id)}/csv`} download>{t.csv}</a>
      </p>
    </>
  )
}
