import type { LedgerTotals } from "@luotian/contract"
import type { Locale } from "@/lib/i18n/locales"
import { ledgerDictionary, yuan } from "../ledger-dictionary"

/** The month's and year's totals of the seller's households, the registered-poor on a row of their own. */
export function IncomeTotals({ totals, locale }: { totals: LedgerTotals; locale: Locale }) {
  const t = ledgerDictionary(locale)
  const rows = [
    ["all", t.allHouseholds, totals.all],
    ["poor", t.poorHouseholds, totals.poor],
  ] as const
  return (
    <div className="table-scroll" role="region" aria-labelledby="income-totals" tabIndex={0}>
      <table className="income-totals">
        <caption id="income-totals">{t.totals}</caption>
        <thead>
          <tr>
            <th scope="col">{t.household}</th>
            <th scope="col">{t.withIncome}</th>
            <th scope="col">{t.thisMonth}</th>
            <th scope="col">{t.thisYear}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([key, label, group]) => (
            <tr key={key} data-group={key}>
              <th scope="row">{label}</th>
              <td className="num">{group.households_with_income}</td>
              <td className="num" data-fen={group.month_fen}>{yuan(group.month_fen)}</td>
              <td className="num">{yuan(group.year_fen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
