import type { PublicHouseholdGroup, PublicImpact } from "@luotian/contract"
import { categories } from "@/lib/i18n/categories"
import type { Locale } from "@/lib/i18n/locales"
import { formatCnyCents } from "@/lib/util/money"
import { Fact } from "@/modules/layout/components/fact"
import { SalesChart } from "../components/sales-chart"
import { impactDictionary } from "../dictionary"
import "../impact.css"

// The public impact page: headline figures, sales by month, by category, and the case study's baseline.
export function ImpactPage({ impact, locale }: { impact: PublicImpact; locale: Locale }) {
  const t = impactDictionary(locale)
  const money = (fen: string | null) => (fen === null ? t.hidden : formatCnyCents(BigInt(fen), locale))
  const count = (group: PublicHouseholdGroup) => (group === "fewer_than_5" ? t.fewerThanFive : t.householdsUnit(group))
  const categoryName = (handle: string) => categories(locale).find((c) => c.handle === handle)?.name ?? handle
  const b = impact.baseline
  return (
    <article className="impact-page" aria-labelledby="impact-title">
      <h1 id="impact-title">{t.title}</h1>
      <p>{t.lead}</p>
      <p className="muted">{t.period(impact.from, impact.to)}</p>
      <dl className="impact-figures" aria-label={t.title}>
        <Fact term={t.sales}>{money(impact.sales_fen)}</Fact>
        <Fact term={t.orders}>{impact.orders}</Fact>
        <Fact term={t.households}>{count(impact.households)}</Fact>
        <Fact term={t.householdIncome}>{money(impact.household_income_fen)}</Fact>
        <Fact term={t.poor}>{count(impact.poor_households)}</Fact>
        <Fact term={t.poorIncome}>{money(impact.poor_income_fen)}</Fact>
      </dl>
      <SalesChart months={impact.months} locale={locale} />
      {impact.by_category.length > 0 && (
        <section aria-labelledby="impact-categories">
          <h2 id="impact-categories">{t.byCategory}</h2>
          <table className="impact-table">
            <tbody>
              {impact.by_category.map((c) => (
                <tr key={c.key}>
                  <th scope="row">{categoryName(c.key)}</th>
                  <td>{money(c.sales_fen)}</td>
                  <td>{t.categoryHouseholds} {count(c.households)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <section aria-labelledby="impact-baseline">
        <h2 id="impact-baseline">{t.baseline}</h2>
        <ul>
          {([2014, 2015, 2016] as const).map((year) => <li key={year}>{t.baselineSales(year, b.online_sales_million_yuan[year])}</li>)}
          <li>{t.baselinePoverty(b.households_out_of_poverty_2016)}</li>
        </ul>
      </section>
    </article>
  )
}
