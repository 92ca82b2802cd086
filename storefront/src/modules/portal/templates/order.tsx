import type { Metadata } from "next"
import Link from "next/link"
import { portalSession, sellerOrder, type SellerOrder } from "../data"
import { fulfilOrder, orderStep } from "../actions"
import type { Locale } from "@/lib/i18n/locales"
import { portalDictionary } from "../dictionary"
import { formatCny, formatCnyCents, toCents } from "@/lib/util/money"
import { beijingTime } from "../utils/month"
import { isUnpaid, itemName, orderState } from "../utils/orders"
import { Notice } from "@/modules/layout/components/notice"
import { ActionForm } from "../components/action-form"
import { DeliveryAddress } from "../components/delivery-address"
import { OrderFulfilment } from "../components/order-fulfilment"

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ done?: string; cancel?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: portalDictionary((await params).locale).orders.title, robots: { index: false } }
}

function paymentLabel(order: SellerOrder, t: ReturnType<typeof portalDictionary>["orders"]) {
  if (isUnpaid(order)) return t.unpaid
  return toCents(order.summary?.refunded_total ?? 0) > 0n ? t.refunded : t.paid
}

export default async function OrderPage({ params, searchParams }: Props) {
  const { locale, id } = await params
  const { done, cancel } = await searchParams
  const here = `/${locale}/portal/orders/${encodeURIComponent(id)}`
  const order = await sellerOrder(await portalSession(locale, here), id)
  const t = portalDictionary(locale)
  const o = t.orders
  const state = orderState(order)
  const forms = { sending: t.sending, serverWords: t.errors.server }
  return (
    <>
      <h1>{o.number(order.display_id)}</h1>
      {done && o.done[done] && <Notice>{o.done[done]}</Notice>}
      <dl className="facts">
        <div>
          <dt>{o.state}</dt>
          <dd className={`state state-${state}`}>{o.states[state]}</dd>
        </div>
        <div>
          <dt>{o.payment}</dt>
          <dd>{paymentLabel(order, o)}</dd>
        </div>
        <div>
          <dt>{o.placed}</dt>
          <dd>
            <time dateTime={order.created_at}>{beijingTime(order.created_at)}</time>
          </dd>
        </div>
      </dl>
      <OrderFulfilment order={order} locale={locale} />
      <section aria-labelledby="items-title" className="portal-panel">
        <h2 id="items-title">{o.items}</h2>
        <ul className="order-lines">
          {order.items.map((item) => (
            <li key={item.id}>
              <span lang={locale === "en" ? "zh-CN" : undefined}>{itemName(item)}</span>
              <span>
                {formatCny(item.unit_price, locale)} {o.quantity(item.quantity)} = {formatCnyCents(toCents(item.unit_price) * BigInt(item.quantity), locale)}
              </span>
            </li>
          ))}
          <li>
            <span>{o.shipping}</span>
            <span>{formatCny(order.shipping_total, locale)}</span>
          </li>
          <li className="order-total">
            <span>{o.total}</span>
            <span>{formatCny(order.total, locale)}</span>
          </li>
        </ul>
      </section>
      <section aria-labelledby="address-title" className="portal-panel">
        <h2 id="address-title">{o.address}</h2>
        <DeliveryAddress address={order.shipping_address} locale={locale} />
      </section>
      {state === "to_fulfil" && (
        <section aria-labelledby="deliver-title" className="portal-panel">
          <h2 id="deliver-title">{o.delivery}</h2>
          <h3>{o.courier}</h3>
          <ActionForm
            {...forms}
            label={o.courier}
            action={fulfilOrder.bind(null, locale, order.id, "courier")}
            fields={[
              { name: "carrier", label: o.carrier, required: true, maxLength: 60 },
              { name: "tracking_number", label: o.trackingNumber, required: true, maxLength: 40, autoComplete: "off" },
            ]}
            submit={o.ship}
          />
          <h3>{o.station}</h3>
          <ActionForm
            {...forms}
            label={o.station}
            action={fulfilOrder.bind(null, locale, order.id, "station")}
            fields={[{ name: "station", label: o.stationName, required: true, maxLength: 80 }]}
            submit={o.handOver}
          />
        </section>
      )}
      {isUnpaid(order) && (
        <section aria-labelledby="paid-title" className="portal-panel">
          <h2 id="paid-title">{o.markPaid}</h2>
          <p>{o.markPaidHint}</p>
          <ActionForm {...forms} label={o.markPaid} action={orderStep.bind(null, locale, order.id, "mark-paid")} fields={[]} submit={o.markPaid} />
        </section>
      )}
      {state === "to_fulfil" && (
        <section aria-labelledby="cancel-title" className="portal-panel">
          <h2 id="cancel-title">{o.cancel}</h2>
          {cancel ? (
            <div role="alertdialog" aria-labelledby="cancel-title" aria-describedby="cancel-text" className="confirm">
              <p id="cancel-text">{o.cancelConfirm}</p>
              <ActionForm {...forms} danger label={o.cancel} action={orderStep.bind(null, locale, order.id, "cancel")} fields={[]} submit={o.cancelYes} />
              <Link href={here}>{o.cancelNo}</Link>
            </div>
          ) : (
            <Link href={`${here}?cancel=1#cancel-title`} className="button-link danger">
              {o.cancel}
            </Link>
          )}
        </section>
      )}
      <p>
        <Link href={`/${locale}/portal/orders`}>← {o.back}</Link>
      </p>
    </>
  )
}
