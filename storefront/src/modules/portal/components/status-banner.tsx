import type { Locale } from "@/lib/i18n/locales"
import { portalDictionary } from "../dictionary"

/** A pending or suspended seller is told what it may and may not do; an active one sees nothing. */
export function StatusBanner({ status, locale }: { status: string; locale: Locale }) {
  const text = portalDictionary(locale).status[status]
  if (!text) return null
  return (
    <section className={`status-banner status-${status}`} aria-labelledby={`status-${status}-title`}>
      <h2 id={`status-${status}-title`}>{text.title}</h2>
      <p>{text.body}</p>
    </section>
  )
}
