"use client"
import { useParams } from "next/navigation"
import { dictionary } from "@/lib/i18n/dictionary"
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales"

// A page that could not be rendered (most often: the backend is unreachable) says so in the buyer's language and
// offers to try again; the cart lives in a cookie and is not touched.
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useParams<{ locale: string }>()?.locale ?? ""
  const t = dictionary(isLocale(locale) ? locale : DEFAULT_LOCALE)
  return (
    <section role="alert">
      <h1>{t.backendDown}</h1>
      <button type="button" onClick={reset}>
        {t.tryAgain}
      </button>
    </section>
  )
}
