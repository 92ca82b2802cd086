import type { StationIntake } from "@luotian/contract"
import Link from "next/link"
import { Fact } from "@/modules/layout/components/fact"
import { pick, type Locale } from "@/lib/i18n/locales"
import { formatCnyCents } from "@/lib/util/money"
import { intakesDictionary } from "./intakes-dictionary"

/** The produce stations took in for the seller, each with its receipt, household, weight, price and lot. */
export function IntakesPanel({ intakes, locale }: { intakes: StationIntake[]; locale: Locale }) {
  const t = intakesDictionary(locale)
  return (
    <section aria-labelledby="intakes-title" className="intakes-panel">
      <h2 id="intakes-title">{t.title}</h2>
      <p>{t.intro}</p>
      {!intakes.length && <p>{t.none}</p>}
      <ul className="card-list">
        {intakes.map((intake) => (
          <li key={intake.id}>
            <article className="lot-card" aria-label={`${t.receipt} ${intake.receipt_number}`}>
              <h3>
                {t.receipt} {intake.receipt_number}
              </h3>
              <p className="listing-title">{intake.product.title}</p>
              <dl className="facts">
                <Fact term={t.station}>{pick(locale, intake.station.name, intake.station.name_en)} · {intake.day}</Fact>
                <Fact term={t.household}>{intake.household.name}</Fact>
                <Fact term={t.weight}>{intake.quantity_kg} {t.kg}</Fact>
                <Fact term={t.grade}>{pick(locale, intake.grade.name, intake.grade.name_en)}</Fact>
                <Fact term={t.amount}>{formatCnyCents(BigInt(intake.amount_fen), locale)} · {t.paid[intake.paid]}</Fact>
                {intake.lot && (
                  <Fact term={t.lot}>
                    <Link href={`/${locale}/portal/lots/${encodeURIComponent(intake.lot.id)}`}>{intake.lot.code}</Link>
                  </Fact>
                )}
              </dl>
            </article>
          </li>
        ))}
      </ul>
    </section>
  )
}
