import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { partnerByCode } from "@/lib/data/partners"
import { dictionary } from "@/lib/i18n/dictionary"
import { pick, type Locale } from "@/lib/i18n/locales"
import { Notice } from "@/modules/layout/components/notice"
import { ProductGrid } from "@/modules/products/components/product-grid"

// A partner point's page, opened from its QR code on a phone (often in WeChat's in-app browser, on a weak signal in
// the hills): rendered on the server, cached a minute, no script of its own; the cards are the catalogue's.
export const revalidate = 60
export const generateStaticParams = async () => []

type Props = { params: Promise<{ locale: Locale; code: string }> }

async function load(params: Props["params"]) {
  const { locale, code } = await params
  return { locale, found: await partnerByCode(code) }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, found } = await load(params)
  if (!found) return {}
  const { point } = found
  return {
    title: pick(locale, point.name, point.name_en),
    description: pick(locale, point.story, point.story_en) || undefined,
    alternates: { languages: { "zh-CN": `/zh-CN/p/${point.code}`, en: `/en/p/${point.code}` } },
  }
}

export default async function PartnerPage({ params }: Props) {
  const { locale, found } = await load(params)
  if (!found) notFound()
  const { point, shelf } = found
  const t = dictionary(locale)
  const name = pick(locale, point.name, point.name_en)
  return (
    <article className="partner-page" aria-labelledby="partner-name">
      <header>
        <p className="partner-kind">
          {t.partner.kinds[point.kind] ?? point.kind} · {pick(locale, point.town, point.town_en)}
        </p>
        <h1 id="partner-name">{t.partner.welcome(name)}</h1>
      </header>
      {point.story && <p lang={locale === "en" && !point.story_en ? "zh-CN" : undefined}>{pick(locale, point.story, point.story_en)}</p>}
      <p className="partner-delivery">{t.partner.delivery}</p>
      <section aria-labelledby="partner-shelf-title">
        <h2 id="partner-shelf-title">{t.partner.shelf(shelf.length)}</h2>
        {shelf.length ? (
          <ProductGrid products={shelf} locale={locale} />
        ) : (
          <Notice>
            {t.partner.emptyShelf} <Link href={`/${locale}/products`}>{t.allProducts}</Link>
          </Notice>
        )}
      </section>
    </article>
  )
}
