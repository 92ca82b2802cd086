import type { PurchaseReach } from "@luotian/contract/rules"
import type { Purchase } from "@/lib/data/purchases"
import { accountDictionary } from "@/lib/i18n/account"
import type { Locale } from "@/lib/i18n/locales"
import { formatAmount, formatDay } from "../format"
import { HouseholdReach } from "@/modules/checkout/components/household-reach"
import { SellerPart } from "./seller-part"
import { WithdrawnNotice } from "./withdrawn-notice"

/** One purchase as the buyer paid for it, with each seller's part of it and the households it brought income to. */
export function PurchaseCard({ purchase, reach, locale }: { purchase: Purchase; reach: PurchaseReach | null; locale: Locale }) {
  const t = accountDictionary(locale)
  const heading = `purchase-${purchase.id}`
  const to = purchase.shipping_address
  const address = to && [to.first_name, [to.province, to.city, to.address_2, to.address_1].filter(Boolean).join(" ")].filter(Boolean).join(" · ")
  return (
    <article className="purchase" aria-labelledby={heading}>
      <h3 id={heading}>{t.purchase(purchase.display_id)}</h3>
      <WithdrawnNotice lots={purchase.withdrawn_lots ?? []} locale={locale} />
      <HouseholdReach reach={reach} locale={locale} />
      <dl className="purchase-facts">
        <div>
          <dt>{t.placedOn}</dt>
          <dd>
            <time dateTime={purchase.created_at}>{formatDay(purchase.created_at, locale)}</time>
          </dd>
        </div>
        <div>
          <dt>{t.total}</dt>
          <dd className="purchase-total">{formatAmount(purchase.total, purchase.currency_code, locale)}</dd>
        </div>
        {address && (
          <div>
            <dt>{t.sentTo}</dt>
            <dd>{address}</dd>
          </div>
        )}
      </dl>
      {purchase.parts_pending ? (
        <p role="status">{t.partsPending}</p>
      ) : (
        purchase.parts.map((part) => <SellerPart key={part.order_id} part={part} purchaseId={purchase.id} currency={purchase.currency_code} locale={locale} />)
      )}
    </article>
  )
}
