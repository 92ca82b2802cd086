import type { Metadata } from "next"
import { cookies } from "next/headers"
import Link from "next/link"
import { notFound } from "next/navigation"
import type { Locale } from "@/lib/i18n/locales"
import { AssistedSummary } from "../components/assisted-summary"
import { StationNav } from "../components/station-nav"
import { ASSISTED_CODE, assistedOrderOf, stationSession } from "../data"
import { stationDictionary } from "../dictionary"

type Props = { params: Promise<{ locale: Locale; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: stationDictionary((await params).locale).assisted.title, robots: { index: false } }
}

/** The pickup code placing this order gave, for the few minutes its cookie lasts; the backend never shows it again. */
async function placedCode(id: string) {
  const [forId, code] = ((await cookies()).get(ASSISTED_CODE)?.value ?? "").split(":")
  return forId === id && /^\d{6}$/.test(code ?? "") ? code : null
}

// One assisted order: the confirmation after placing it (with its pickup code), and its parcels' journey since.
export default async function AssistedOrderPage({ params }: Props) {
  const { locale, id } = await params
  const t = stationDictionary(locale)
  const { token, station } = await stationSession(locale)
  const order = await assistedOrderOf(token, id)
  if (!order) notFound()
  const code = await placedCode(order.id)
  return (
    <section className="station" aria-labelledby="assisted-order-title">
      <StationNav station={station} locale={locale} t={t} />
      <h1 id="assisted-order-title">{t.assisted.orderNumber(order.purchase.display_id)}</h1>
      {code && (
        <div role="status" className="notice station-done assisted-code">
          <p>{t.assisted.placed} · {t.assisted.codeTitle}</p>
          <p className="pickup-code" data-testid="pickup-code">{code}</p>
          <p>{t.assisted.codeNote}</p>
        </div>
      )}
      <p>
        {order.villager.name} · {order.villager.phone}
        <br />
        <small>{t.assisted.placedBy(order.placed_by)}</small>
      </p>
      <AssistedSummary order={order} locale={locale} t={t} />
      <Link href={`/${locale}/station/assisted`}>{t.assisted.back}</Link>
    </section>
  )
}
