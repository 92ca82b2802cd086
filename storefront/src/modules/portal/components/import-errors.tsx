import type { ImportError } from "@luotian/contract"
import type { Locale } from "@/lib/i18n/locales"
import { importDictionary } from "../import-dictionary"

const SHOWN = 200

/** The bad rows of a sheet: row, column and the rule it breaks, in the seller's language with the detail beside it. */
export function ImportErrors({ errors, locale }: { errors: ImportError[]; locale: Locale }) {
  const t = importDictionary(locale)
  if (!errors.length) return null
  return (
    <section className="import-errors" aria-label={t.errors}>
      <h3>{t.errors}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.row}</th>
            <th scope="col">{t.field}</th>
            <th scope="col">{t.problem}</th>
          </tr>
        </thead>
        <tbody>
          {errors.slice(0, SHOWN).map((error) => (
            <tr key={`${error.row}-${error.field}`} data-row={error.row}>
              <td>{error.row}</td>
              <td>{error.field}</td>
              <td>{locale === "en" ? error.message : `${error.message_zh}（${error.message}）`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {errors.length > SHOWN && <p>{t.more(errors.length - SHOWN)}</p>}
    </section>
  )
}
