import type { Metadata } from "next"
import { IMPORT_COLUMNS } from "@luotian/contract"
import type { Locale } from "@/lib/i18n/locales"
import { ImportPanel } from "../components/import-panel"
import { listingImport, portalSession } from "../data"
import { importDictionary } from "../import-dictionary"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ import?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: importDictionary((await params).locale).title, robots: { index: false } }
}

// Bulk listings: export the seller's listings, check a sheet, import it in the background and follow its progress.
export default async function ImportListingsPage({ params, searchParams }: Props) {
  const { locale } = await params
  const { import: importId } = await searchParams
  const here = `/${locale}/portal/listings/import${importId ? `?import=${encodeURIComponent(importId)}` : ""}`
  const session = await portalSession(locale, here)
  const current = await listingImport(session, importId)
  const t = importDictionary(locale)
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p>
        {t.export}: <a href={`/${locale}/portal/listings/export?format=csv`} download>{t.csv}</a> ·{" "}
        <a href={`/${locale}/portal/listings/export?format=xlsx`} download>{t.xlsx}</a>
      </p>
      <p className="hint">
        {t.columns} {IMPORT_COLUMNS.map((c) => `${c.zh} / ${locale === "en" ? c.en : c.key}`).join(" · ")}
      </p>
      <ImportPanel locale={locale} current={current} />
    </>
  )
}
