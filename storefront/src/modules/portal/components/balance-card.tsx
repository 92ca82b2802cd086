import Link from "next/link"
import type { Locale } from "@/lib/i18n/locales"
import type { BalanceAnswer } from "../data"
import { portalDictionary } from "../dictionary"
import { formatAmount } from "./money-totals"

/** The seller's balance: pending (until the buyer has the goods), available (paid in the next batch), paid out. */
export function BalanceCard({ answer, locale, link }: { answer: BalanceAnswer; locale: Locale; link?: boolean }) {
  const t = portalDictionary(locale).payouts
  const { balance, settings } = answer
  const money = (amount: string) => formatAmount(amount, balance.currency_code, locale)
  const some = (amount: string) => Number(amount) !== 0
  return (
    <section aria-labelledby="balance-title" className="portal-panel balance-card">
      <h2 id="balance-title">{t.balance}</h2>
      <dl className="money-totals balance-figures">
        <div>
          <dt>{t.pending}</dt>
          <dd data-figure="pending">{money(balance.pending)}</dd>
        </div>
        <div>
          <dt>{t.available}</dt>
          <dd data-figure="available" className={Number(balance.available) < 0 ? "negative" : undefined}>{money(balance.available)}</dd>
        </div>
        <div>
          <dt>{t.paidOut}</dt>
          <dd data-figure="paid_out">{money(balance.paid_out)}</dd>
        </div>
      </dl>
      {some(balance.on_hold) && <p>{t.onHold(money(balance.on_hold))}</p>}
      {some(balance.in_transfer) && <p>{t.inTransfer(money(balance.in_transfer))}</p>}
      <p className="hint">{t.pendingHint(settings.release_after_days)} {t.availableHint(settings.minimum_payout)}</p>
      {!answer.account && <p role="note">{t.noAccount}</p>}
      {link && (
        <p>
          <Link href={`/${locale}/portal/payouts`}>{t.more} →</Link>
        </p>
      )}
    </section>
  )
}
