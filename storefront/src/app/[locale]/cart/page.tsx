import type { Metadata } from "next"
import Link from "next/link"
import { deliveriesOf, openCart, type Cart } from "@/lib/data/cart"
import { cartTexts } from "@/lib/i18n/cart"
import type { Locale } from "@/lib/i18n/locales"
import { allDeliveriesChosen, sellerGroups } from "@/modules/cart/groups"
import { CartTotals } from "@/modules/cart/components/cart-totals"
import { lineName } from "@/modules/cart/lines"
import { SellerGroup } from "@/modules/cart/components/seller-group"
import "@/modules/cart/cart.css"

type Query = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Query> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: cartTexts(locale).title, robots: { index: false } }
}

async function loadCart() {
  const cart = await openCart()
  if (!cart?.items.length) return null
  return { cart, groups: sellerGroups(cart.items, await deliveriesOf(cart)) }
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ""

/** The problem a cart action redirected with, as the message to show (next to its line when it has one). */
function lineProblem(query: Query, cart: Cart, locale: Locale) {
  const t = cartTexts(locale)
  const item = cart.items.find((line) => line.id === one(query.item))
  if (!item) return undefined
  const typed = one(query.typed) || undefined
  if (one(query.problem) === "quantity") return { item: item.id, message: t.badQuantity, typed }
  if (one(query.problem) === "stock") return { item: item.id, message: t.notEnough(lineName(item, locale), Number(one(query.available)) || 0), typed }
  return undefined
}

// Read per request (the cart lives in a cookie); the changes are server actions on plain forms.
export default async function CartPage({ params, searchParams }: Props) {
  const { locale } = await params
  const query = await searchParams
  const t = cartTexts(locale)
  const loaded = await loadCart().catch((error: Error) => {
    console.error(`storefront: cart could not be read: ${error.message}`)
    return "unreachable" as const
  })
  const general = one(query.problem)
  return (
    <section className="cart-page" aria-labelledby="cart-title">
      <h1 id="cart-title">{t.title}</h1>
      {loaded === "unreachable" ? (
        <p role="alert" className="notice">{t.unreachable}</p>
      ) : !loaded ? (
        <p className="notice">
          {t.empty} <Link href={`/${locale}/products`}>{t.browse}</Link>
        </p>
      ) : (
        <>
          {(general === "unreachable" || general === "failed") && (
            <p role="alert" className="notice">{general === "unreachable" ? t.unreachable : t.failed}</p>
          )}
          {loaded.groups.map((group) => (
            <SellerGroup key={group.seller?.id ?? "other"} group={group} locale={locale} problem={lineProblem(query, loaded.cart, locale)} />
          ))}
          <CartTotals cart={loaded.cart} locale={locale} deliveriesChosen={allDeliveriesChosen(loaded.groups)} />
        </>
      )}
    </section>
  )
}
