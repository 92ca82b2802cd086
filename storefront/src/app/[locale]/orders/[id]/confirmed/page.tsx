import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { productByHandle } from "@/lib/data/products"
import { purchaseById, purchaseReach, type Purchase } from "@/lib/data/purchases"
import { confirmationTexts } from "@/lib/i18n/checkout"
import type { Locale } from "@/lib/i18n/locales"
import { maskPhone } from "@/lib/util/address"
import { formatCny } from "@/lib/util/money"
import { HouseholdReach } from "@/modules/checkout/components/household-reach"
import { PurchasePart } from "@/modules/checkout/components/purchase-part"
import "@/modules/checkout/checkout.css"

type Props = { params: Promise<{ locale: Locale; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: confirmationTexts(locale).title, robots: { index: false } }
}

/** The products' English titles (the purchase keeps the Chinese one it was bought under), from the cached catalogue. */
async function englishTitles(purchase: Purchase) {
  const handles = [...new Set(purchase.parts.flatMap((part) => part.items.flatMap((item) => item.product_handle ?? [])))]
  const cards = await Promise.all(handles.map((handle) => productByHandle(handle).catch(() => null)))
  return new Map(cards.flatMap((card) => (card?.title_en ? [[card.handle, card.title_en] as const] : [])))
}

const PAID = ["captured", "partially_captured"]

// Read per request: right after checkout the seller parts are still being made and the page refreshes until they are.
export default async function PurchaseConfirmedPage({ params }: Props) {
  const { locale, id } = await params
  const [purchase, reach] = await Promise.all([purchaseById(id), purchaseReach(id)])
  if (!purchase) notFound()
  const t = confirmationTexts(locale)
  const titles = locale === "en" ? await englishTitles(purchase) : new Map<string, string>()
  const address = purchase.shipping_address
  const placed = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" }).format(new Date(purchase.created_at))
  return (
    <article className="confirmation" aria-labelledby="confirmation-title">
      {purchase.parts_pending && <meta httpEquiv="refresh" content="2" />}
      <h1 id="confirmation-title">{t.title}</h1>
      <p className="purchase-number">{t.number(purchase.display_id)}</p>
      {purchase.partner && (
        <p className="partner-thanks">{t.thanksPartner(locale === "en" ? purchase.partner.name_en : purchase.partner.name)}</p>
      )}
      <HouseholdReach reach={reach} locale={locale} />
      <dl className="summary-totals">
        <div>
          <dt>{t.placedOn}</dt>
          <dd>{placed}</dd>
        </div>
        <div>
          <dt>{t.email}</dt>
          <dd>{purchase.email}</dd>
        </div>
        <div>
          <dt>{t.itemTotal}</dt>
          <dd>{formatCny(purchase.item_total, locale)}</dd>
        </div>
        <div>
          <dt>{t.shippingTotal}</dt>
          <dd>{formatCny(purchase.shipping_total, locale)}</dd>
        </div>
        <div className="grand-total">
          <dt>{t.total}</dt>
          <dd id="purchase-total">{formatCny(purchase.total, locale)}</dd>
        </div>
        <div>
          <dt>{t.payment}</dt>
          <dd>{PAID.includes(purchase.payment_status) ? t.paid : t.payLater}</dd>
        </div>
      </dl>
      {address && (
        <section aria-labelledby="address-title">
          <h2 id="address-title">{t.address}</h2>
          <address className="delivery-address" lang="zh-CN">
            {address.first_name} {address.phone && maskPhone(address.phone)}
            <br />
            {[address.province, address.city, address.address_2].filter(Boolean).join(" ")}
            <br />
            {address.address_1}
          </address>
        </section>
      )}
      <section aria-labelledby="parts-title">
        <h2 id="parts-title">{t.parts}</h2>
        {purchase.parts_pending ? (
          <p role="status" className="notice">
            {t.pending} <Link href={`/${locale}/orders/${encodeURIComponent(purchase.id)}/confirmed`}>{t.refresh}</Link>
          </p>
        ) : (
          <>
            <p className="hint">{t.partsIntro}</p>
            <ol className="purchase-parts">
              {purchase.parts.map((part) => (
                <PurchasePart key={part.order_id} part={part} locale={locale} titles={titles} />
              ))}
            </ol>
          </>
        )}
      </section>
      <p>
        <Link href={`/${locale}/products`}>{t.continue}</Link>
      </p>
    </article>
  )
}
