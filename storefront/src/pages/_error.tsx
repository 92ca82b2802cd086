import type { NextPageContext } from "next"
import { dictionary } from "@/lib/i18n/dictionary"
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales"

// What Next sends when a cached (ISR) page fails on its first render, before app/[locale]/error.tsx can: a failing
// render is never stored, so the buyer is told in their language that the store is unreachable for now, and the next
// visit renders the page again. (A page already cached keeps being served while its refresh fails.)
type Props = { locale: Locale; path: string }

export default function ErrorPage({ locale, path }: Props) {
  const t = dictionary(locale)
  return (
    <main lang={locale} style={{ fontFamily: "system-ui, sans-serif", maxWidth: "36rem", margin: "3rem auto", padding: "0 1rem" }}>
      <h1 role="alert">{t.backendDown}</h1>
      <p>
        <a href={path}>{t.tryAgain}</a> · <a href={`/${locale}`}>{t.siteName}</a>
      </p>
    </main>
  )
}

ErrorPage.getInitialProps = ({ asPath, res }: NextPageContext): Props => {
  const path = asPath && asPath.startsWith("/") ? asPath : "/"
  const first = path.split(/[/?#]/)[1] ?? ""
  if (res) res.setHeader("cache-control", "no-store")
  return { locale: isLocale(first) ? first : DEFAULT_LOCALE, path }
}
