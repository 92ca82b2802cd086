"use client"
import { useEffect, useState } from "react"
import type { ListingImport } from "@luotian/contract"
import type { Locale } from "@/lib/i18n/locales"
import { importProgress } from "../import-actions"
import { importDictionary } from "../import-dictionary"
import { ImportErrors } from "./import-errors"

const POLL_MS = 1000
const finished = (job: ListingImport) => job.status === "done" || job.status === "failed"

/** An import's progress bar, read from the server every second until it is finished, so a reload picks it up again. */
export function ImportProgress({ initial, locale }: { initial: ListingImport; locale: Locale }) {
  const [job, setJob] = useState(initial)
  const t = importDictionary(locale)
  useEffect(() => setJob(initial), [initial])
  useEffect(() => {
    if (finished(job)) return
    const timer = setTimeout(async () => setJob((await importProgress(locale, job.id)) ?? job), POLL_MS)
    return () => clearTimeout(timer)
  }, [job, locale])
  return (
    <section className="portal-panel import-progress" aria-label={t.progress} data-status={job.status}>
      <h2>
        {t.progress} · {job.file_name}
      </h2>
      <progress max={job.total} value={job.processed} aria-label={t.progress} />
      <p role="status">
        {t.statuses[job.status]} · {t.counts(job.processed, job.total, job.imported, job.failed)}
      </p>
      {job.status === "failed" && <p role="alert">{t.rerun}</p>}
      {finished(job) && <ImportErrors errors={job.errors} locale={locale} />}
    </section>
  )
}
