import type { Metadata } from "next"
import Link from "next/link"
import { deliveriesOf, openCart, type Cart } from "@/lib/data/cart"
import { regionProviderIds } from "@/lib/data/checkout"
import { pickupStations } from "@/lib/data/stations"
import { checkoutTexts } from "@/lib/i18n/checkout"
import { pick, type Locale } from "@/lib/i18n/locales"
import { fromMedusaAddress } from "@/lib/util/address"
import { formatCny } from "@/lib/util/money"
import { paymentChoices, type Failure } from "@/lib/util/payment"
import { sellerGroups } from "@/modules/cart/groups"
import type { CheckoutState } from "@/modules/checkout/actions"
import { CheckoutForm, type DeliveryGroup } from "@/modules/checkout/components/checkout-form"
import { OrderSummary } from "@/modules/checkout/components/order-summary"
import "@/modules/cart/cart.css"
import "@/modules/checkout/checkout.css"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ payment?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: checkoutTexts(locale).title, robots: { index: false } }
}

async function load() {
  const cart = await openCart()
  if (!cart?.items.length) return null
  const [deliveries, providers, stations] = await Promise.all([deliveriesOf(cart), regionProviderIds(cart.region_id), pickupStations()])
  const stripeKey = process.env.STRIPE_PUBLISHABLE_KEY || undefined
  return { cart, groups: sellerGroups(cart.items, deliveries), choices: paymentChoices(providers, stripeKey), stations, stripeKey }
}

type Loaded = NonNullable<Awaited<ReturnType<typeof load>>>

/** The form as the cart stands: what the buyer gave before, each seller's chosen delivery, the totals shown. */
function initialState(cart: Cart, groups: Loaded["groups"], alert: string | undefined): CheckoutState {
  const address = fromMedusaAddress(cart.shipping_address)
  const deliveries = groups.flatMap((g) => (g.seller && g.selected ? [[`delivery_${g.seller.id}`, g.selected.id]] : []))
  const stations = groups.flatMap((g) => (g.seller && g.selectedStationId ? [[`station_${g.seller.id}`, g.selectedStationId]] : []))
  return {
    values: { email: cart.email ?? "", ...address, ...Object.fromEntries(deliveries), ...Object.fromEntries(stations), seen_total: String(cart.total), seen_item_total: String(cart.item_total) },
    errors: {},
    alert,
  }
}

const deliveryGroups = (groups: Loaded["groups"], locale: Locale): DeliveryGroup[] =>
  groups.flatMap((g) =>
    g.seller
      ? [{ sellerId: g.seller.id, seller: pick(locale, g.seller.name, g.seller.name_en), options: g.options.map((o) => ({ id: o.id, kind: o.kind, label: `${o.name} · ${formatCny(o.amount, locale)}` })) }]
      : []
  )

const FAILURES: Failure[] = ["unreachable", "out_of_stock", "declined", "failed"]

// Read per request (the cart lives in a cookie); placing the order is one server action.
export default async function CheckoutPage({ params, searchParams }: Props) {
  const { locale } = await params
  const { payment } = await searchParams
  const t = checkoutTexts(locale)
  const loaded = await load().catch((error: Error) => {
    console.error(`storefront: checkout could not read the cart: ${error.message}`)
    return "unreachable" as const
  })
  // A Stripe redirect that came back unpaid (or failed to place) says why.
  const failure = FAILURES.find((f) => f === payment)
  const alert = failure && (failure === "out_of_stock" ? t.outOfStockUnknown : t[failure])
  return (
    <section className="checkout-page" aria-labelledby="checkout-title">
      <h1 id="checkout-title">{t.title}</h1>
      {loaded === "unreachable" ? (
        <p role="alert" className="notice">
          {t.unreachable}
        </p>
      ) : !loaded ? (
        <p className="notice">
          {t.emptyCart} <Link href={`/${locale}/cart`}>{t.backToCart}</Link>
        </p>
      ) : (
        <>
          <OrderSummary cart={loaded.cart} groups={loaded.groups} locale={locale} />
          <CheckoutForm
            locale={locale}
            initial={initialState(loaded.cart, loaded.groups, alert)}
            groups={deliveryGroups(loaded.groups, locale)}
            choices={loaded.choices}
            stations={loaded.stations}
            stripeKey={loaded.stripeKey}
          />
          <p>
            <Link href={`/${locale}/cart`}>{t.backToCart}</Link>
          </p>
        </>
      )}
    </section>
  )
}
