"use client"
import { useActionState, useEffect } from "react"
import { useRouter } from "next/navigation"
import type { ListingImport } from "@luotian/contract"
import type { Locale } from "@/lib/i18n/locales"
import { sendSheet, type ImportState } from "../import-actions"
import { importDictionary } from "../import-dictionary"
import { ImportErrors } from "./import-errors"
import { ImportProgress } from "./import-progress"

/**
 * The sheet form: "check" shows each bad row without writing anything; "start" queues the import, puts its id in the
 * address (a reload shows the same import) and follows its progress.
 */
export function ImportPanel({ locale, current }: { locale: Locale; current?: ListingImport }) {
  const t = importDictionary(locale)
  const [state, send, sending] = useActionState<ImportState, FormData>(sendSheet.bind(null, locale), {})
  const router = useRouter()
  useEffect(() => {
    if (state.started) router.replace(`/${locale}/portal/listings/import?import=${encodeURIComponent(state.started.id)}`)
  }, [state.started, locale, router])
  const job = state.started ?? current
  return (
    <>
      <form action={send} className="portal-panel import-form">
        <label>
          {t.file}
          <input type="file" name="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required />
        </label>
        <p>
          <button type="submit" name="intent" value="check" disabled={sending}>
            {t.check}
          </button>{" "}
          <button type="submit" name="intent" value="start" disabled={sending}>
            {t.start}
          </button>
          {sending && <span role="status"> {t.checking}</span>}
        </p>
        {state.missing && <p role="alert">{t.chooseFirst}</p>}
        {state.unreachable && <p role="alert">{t.unreachable}</p>}
        {state.refused && (
          <p role="alert">
            {t.refused}
            {state.refused}
          </p>
        )}
        {state.dryRun && (
          <div className="import-dry-run" role="status">
            <p>{t.checked(state.dryRun.total, state.dryRun.valid)}</p>
            {!state.dryRun.errors.length && <p>{t.allGood}</p>}
          </div>
        )}
        {state.dryRun && <ImportErrors errors={state.dryRun.errors} locale={locale} />}
      </form>
      {job && <ImportProgress key={job.id} initial={job} locale={locale} />}
    </>
  )
}
