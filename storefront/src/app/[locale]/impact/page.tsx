import type { Metadata } from "next"
import { publicImpact } from "@/lib/data/impact"
import type { Locale } from "@/lib/i18n/locales"
import { Notice } from "@/modules/layout/components/notice"
import { impactDictionary } from "@/modules/impact/dictionary"
import { ImpactPage } from "@/modules/impact/templates/impact-page"

// Rendered on the first visit, then served from the cache and re-rendered at most every 5 minutes (the rollups
// themselves refresh hourly).
export const revalidate = 300

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = impactDictionary(locale)
  return { title: t.title, description: t.lead, alternates: { languages: { "zh-CN": "/zh-CN/impact", en: "/en/impact" } } }
}

export default async function Impact({ params }: Props) {
  const { locale } = await params
  const impact = await publicImpact()
  if (!impact) return <Notice>{impactDictionary(locale).empty}</Notice>
  return <ImpactPage impact={impact} locale={locale} />
}
