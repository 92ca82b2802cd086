import type { Metadata } from "next"
import Link from "next/link"
import { balance, payouts, portalSession } from "../data"
import type { Locale } from "@/lib/i18n/locales"
import { portalDictionary } from "../dictionary"
import { setPayoutAccount } from "../actions"
import { beijingTime } from "../utils/month"
import { ActionForm } from "../components/action-form"
import { BalanceCard } from "../components/balance-card"
import { formatAmount } from "../components/money-totals"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: portalDictionary((await params).locale).payouts.title, robots: { index: false } }
}

// The seller's money: its balance, where it is paid (masked: the full number never comes back from the backend) and
// each payout of the association's batches.
export default async function PayoutsPage({ params }: Props) {
  const { locale } = await params
  const session = await portalSession(locale, `/${locale}/portal/payouts`)
  const [answer, list] = await Promise.all([balance(session), payouts(session)])
  const d = portalDictionary(locale)
  const t = d.payouts
  const account = answer.account
  return (
    <>
      <h1>{t.title}</h1>
      <BalanceCard answer={answer} locale={locale} />
      <section aria-labelledby="payout-account" className="portal-panel">
        <h2 id="payout-account">{t.account}</h2>
        {account ? (
          <dl className="facts">
            <div><dt>{t.method}</dt><dd>{account.method === "bank" ? t.bank : t.alipay}</dd></div>
            <div><dt>{t.holder}</dt><dd>{account.holder_name}</dd></div>
            {account.bank_name && <div><dt>{t.bankName}</dt><dd>{account.bank_name}</dd></div>}
            <div><dt>{t.number}</dt><dd data-account-number>{account.account_number}</dd></div>
          </dl>
        ) : (
          <p>{t.noAccount}</p>
        )}
        {session.user.role === "owner" ? (
          <details open={!account}>
            <summary>{t.setAccount}</summary>
            <ActionForm
              action={setPayoutAccount.bind(null, locale)}
              label={t.setAccount}
              fields={[
                { name: "method", label: t.method, type: "select", value: account?.method ?? "bank", options: [{ value: "bank", label: t.bank }, { value: "alipay", label: t.alipay }] },
                { name: "holder_name", label: t.holder, required: true, maxLength: 60, value: account?.holder_name },
                { name: "bank_name", label: t.bankName, maxLength: 80, value: account?.bank_name ?? undefined },
                { name: "account_number", label: t.number, required: true, maxLength: 100, autoComplete: "off", inputMode: "text" },
              ]}
              submit={t.save}
              sending={d.sending}
              serverWords={d.errors.server}
            />
          </details>
        ) : (
          <p>{t.ownerOnly}</p>
        )}
      </section>
      <section aria-labelledby="payout-list">
        <h2 id="payout-list">{t.list}</h2>
        {!list.length && <p>{t.none}</p>}
        <ul className="card-list">
          {list.map((p) => (
            <li key={p.id}>
              <article className="statement-card" aria-labelledby={`payout-${p.id}`}>
                <h3 id={`payout-${p.id}`}>
                  <Link href={`/${locale}/portal/payouts/${p.id}`}>
                    {beijingTime(p.created_at)} · {formatAmount(p.amount, p.currency_code, locale)}
                  </Link>
                </h3>
                <p data-status={p.status}>{t.status[p.status]}</p>
              </article>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
