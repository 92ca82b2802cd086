import type { Metadata } from "next"
import Link from "next/link"
import { ledgerHousehold, portalSession } from "../data"
import { payLedgerHousehold } from "../actions"
import type { Locale } from "@/lib/i18n/locales"
import { portalDictionary } from "../dictionary"
import { ledgerDictionary, yuan } from "../ledger-dictionary"
import { beijingMonth, beijingTime, formatMonth, isMonth } from "../utils/month"
import { ActionForm } from "../components/action-form"

type Props = { params: Promise<{ locale: Locale; memberId: string }>; searchParams: Promise<{ month?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: ledgerDictionary((await params).locale).entries, robots: { index: false } }
}

// One household's month: its entries with their sources, its paper statement, and the payment once the month is closed.
export default async function IncomeHouseholdPage({ params, searchParams }: Props) {
  const { locale, memberId } = await params
  const asked = (await searchParams).month ?? ""
  const month = isMonth(asked) ? asked : beijingMonth(new Date())
  const base = `/${locale}/portal/incomes`
  const here = `${base}/${encodeURIComponent(memberId)}?month=${month}`
  const session = await portalSession(locale, here)
  const { household, entries } = await ledgerHousehold(session, memberId, month)
  const t = ledgerDictionary(locale)
  const p = portalDictionary(locale)
  return (
    <>
      <p>
        <Link href={`${base}?month=${month}`}>← {t.back}</Link>
      </p>
      <h1>
        {household.name} · {formatMonth(month, locale)}
      </h1>
      <dl className="facts">
        <div>
          <dt>{t.thisMonth}</dt>
          <dd>{yuan(household.month_fen)}</dd>
        </div>
        <div>
          <dt>{t.thisYear}</dt>
          <dd>{yuan(household.year_fen)}</dd>
        </div>
        <div>
          <dt>{t.status}</dt>
          <dd>{t.statusWords[household.month_status ?? "none"]}</dd>
        </div>
      </dl>
      <p>
        <a href={`${base}/${encodeURIComponent(memberId)}/statement.pdf?month=${month}`} download>
          {t.statement}
        </a>
      </p>
      <h2>{t.entries}</h2>
      {!entries.length && <p>{t.noEntries}</p>}
      <ul className="card-list">
        {entries.map((e) => (
          <li key={e.id} className="income-entry">
            <strong>{t.kind[e.kind] ?? e.kind}</strong> · {yuan(e.amount_fen)}
            <br />
            <small>
              {t.posted} {beijingTime(e.posted_at).slice(0, 10)}
              {e.source.lot_code && ` · ${t.lot} ${e.source.lot_code}`}
              {e.source.order_display_id !== null && ` · ${t.order} #${e.source.order_display_id}`}
              {e.payment_reference && ` · ${e.payment_reference}`}
            </small>
          </li>
        ))}
      </ul>
      {(household.month_status === "closed" || household.month_status === "paid") && (
        <section aria-labelledby="pay" className="portal-panel">
          <h2 id="pay">{t.pay}</h2>
          <ActionForm
            action={payLedgerHousehold.bind(null, locale, month, memberId)}
            label={t.pay}
            fields={[{ name: "reference", label: t.reference, required: true, maxLength: 80, autoComplete: "off" }]}
            submit={t.pay}
            sending={p.sending}
            serverWords={p.errors.server}
          />
        </section>
      )}
    </>
  )
}
