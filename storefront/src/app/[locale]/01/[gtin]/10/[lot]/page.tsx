import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { gtin13From } from "@luotian/contract"
import { traceOf } from "@/lib/data/trace"
import { pick, type Locale } from "@/lib/i18n/locales"
import { TracePage } from "@/modules/trace/templates/trace-page"

// A lot's GS1 Digital Link, /01/<GTIN-14>/10/<lot> (the locale's path before it, as GS1 allows a brand's own path).
// Rendered on the first scan, then served from the cache and re-rendered at most once a minute.
export const revalidate = 60
export const generateStaticParams = async () => []

type Props = { params: Promise<{ locale: Locale; gtin: string; lot: string }> }

const LOT = /^[A-Za-z0-9][A-Za-z0-9-]{0,19}$/

async function load(params: Props["params"]) {
  const { locale, gtin, lot } = await params
  const code = decodeURIComponent(lot)
  // What cannot be a GTIN or a lot code is not asked of the backend.
  const valid = /^\d{13,14}$/.test(gtin) && gtin13From(gtin) !== null && LOT.test(code)
  return { locale, trace: valid ? await traceOf(gtin, code.toUpperCase()) : null }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, trace } = await load(params)
  if (!trace) return {}
  return {
    title: `${pick(locale, trace.product.title, trace.product.title_en)} · ${trace.lot}`,
    alternates: { languages: { "zh-CN": `/zh-CN${trace.digital_link}`, en: `/en${trace.digital_link}` } },
  }
}

export default async function LotTracePage({ params }: Props) {
  const { locale, trace } = await load(params)
  if (!trace) notFound()
  return <TracePage trace={trace} locale={locale} />
}
