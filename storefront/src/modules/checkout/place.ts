import { cartById, type Cart } from "@/lib/data/cart"
import { completeCart, shortLines } from "@/lib/data/checkout"
import { cartId, rememberPurchase, removeCartId } from "@/lib/data/cookies"
import { checkoutTexts } from "@/lib/i18n/checkout"
import type { Locale } from "@/lib/i18n/locales"
import { failureOf, placedOrderId, type Failure } from "@/lib/util/payment"
import { lineName } from "@/modules/cart/lines"
import { carryPartnerScan } from "@/lib/data/partners"

export type Placed = { orderId: string } | { failure: Failure; message: string }

export const confirmationPath = (locale: Locale, orderId: string) => `/${locale}/orders/${encodeURIComponent(orderId)}/confirmed`

/** The buyer's words for a failure; for missing stock, which products and how many are left. */
export async function failureMessage(failure: Failure, cart: Cart | null, locale: Locale): Promise<string> {
  const t = checkoutTexts(locale)
  if (failure !== "out_of_stock") return t[failure]
  const short = cart ? await shortLines(cart).catch(() => []) : []
  if (!short.length) return t.outOfStockUnknown
  return t.outOfStock(short.map(({ item, available }) => t.shortLine(lineName(item, locale), available)).join(locale === "en" ? "; " : "；"))
}

/**
 * Completes the cart into a purchase. On success the cart cookie goes (the cart is spent) and the browser keeps the
 * spent cart's id for the purchase, the guest's proof that it is theirs; on any failure the cart and its cookie stay
 * as they were, so the buyer can fix what the message says and try again.
 */
export async function placeCart(cart: Cart, locale: Locale): Promise<Placed> {
  try {
    // A scan made since the cart was filled (the buyer at a second spot) counts: the later scan wins.
    await carryPartnerScan(cart.id)
    const orderId = placedOrderId(await completeCart(cart.id))
    if (!orderId) return { failure: "declined", message: checkoutTexts(locale).declined }
    await rememberPurchase(orderId, cart.id)
    await removeCartId()
    return { orderId }
  } catch (error) {
    const failure = failureOf(error)
    if (failure === "failed") console.error(`storefront: cart ${cart.id} could not be completed: ${(error as Error).message}`)
    return { failure, message: await failureMessage(failure, cart, locale) }
  }
}

/**
 * Completes the browser's cart after a Stripe payment. Stripe's webhook may have placed it already: Medusa then
 * answers the same purchase again, so the buyer still reaches its confirmation.
 */
export async function placeCookieCart(locale: Locale): Promise<Placed> {
  try {
    const id = await cartId()
    if (!id) return { failure: "failed", message: checkoutTexts(locale).emptyCart }
    return await placeCart(await cartById(id), locale)
  } catch (error) {
    const failure = failureOf(error)
    return { failure, message: await failureMessage(failure, null, locale) }
  }
}
