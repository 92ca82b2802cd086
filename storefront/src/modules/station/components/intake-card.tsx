import type { StationIntake } from "@luotian/contract"
import { pick, type Locale } from "@/lib/i18n/locales"
import { formatCnyCents } from "@/lib/util/money"
import type { IntakeDictionary } from "../intake-dictionary"

type Props = { intake: StationIntake; locale: Locale; t: IntakeDictionary; receipt?: boolean }

/** One intake as the operator reads it back: the receipt's facts, and its PDF for the household where asked. */
export function IntakeCard({ intake, locale, t, receipt }: Props) {
  return (
    <article className="parcel-card intake-card" aria-label={`${t.receiptNo} ${intake.receipt_number}`}>
      <h3>
        {t.receiptNo} <span className="intake-number">{intake.receipt_number}</span>
      </h3>
      <p>
        {intake.product.title} · {intake.quantity_kg} {t.kg} · {t.seen(pick(locale, intake.grade.name, intake.grade.name_en))}
      </p>
      <p>
        {intake.household.name} → {intake.seller.name}
      </p>
      <p className="parcel-cash">
        {t.amount} {formatCnyCents(BigInt(intake.amount_fen), locale)} ({formatCnyCents(BigInt(intake.price_per_kg_fen), locale)}/{t.kg}) · {t.paidWords[intake.paid]}
      </p>
      {intake.lot && (
        <p className="parcel-status">
          {t.lot} {intake.lot.code}
        </p>
      )}
      {receipt && (
        <a className="button-link" href={`/${locale}/station/intake/${encodeURIComponent(intake.id)}/receipt.pdf`} target="_blank" rel="noopener">
          {t.print}
        </a>
      )}
    </article>
  )
}
