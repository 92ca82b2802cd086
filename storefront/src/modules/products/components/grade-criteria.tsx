import type { Grade, PublicStandard } from "@luotian/contract"
import { dictionary } from "@/lib/i18n/dictionary"
import { pick, type Locale } from "@/lib/i18n/locales"
import { formatCny } from "@/lib/util/money"

type Props = { gradeName: string; standard: PublicStandard | null; grade: Grade | null; locale: Locale }

/** What the product's grade means: the standard in force, its criteria in plain words and its price band. */
export function GradeCriteria({ gradeName, standard, grade, locale }: Props) {
  const t = dictionary(locale)
  return (
    <section className="grade-criteria" aria-labelledby="grade-title">
      <h2 id="grade-title">{t.product.gradeTitle(gradeName)}</h2>
      {standard && grade ? (
        <>
          <p className="standard-name">
            {standard.code} · {pick(locale, standard.name, standard.name_en)}
          </p>
          <p>{t.product.gradeRule}</p>
          <ul>
            {grade.criteria.map((criterion) => (
              <li key={criterion.attribute}>{pick(locale, criterion.text, criterion.text_en)}</li>
            ))}
          </ul>
          <p className="price-band">
            {t.product.priceBand}: {formatCny(grade.price_min, locale)}–{formatCny(grade.price_max, locale)} /{" "}
            {grade.price_unit === "kg" ? t.perKg : t.product.perUnit}
          </p>
        </>
      ) : (
        <p>{t.product.noStandard}</p>
      )}
    </section>
  )
}
