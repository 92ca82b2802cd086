import { NextResponse, type NextRequest } from "next/server"
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales"
import { confirmationPath, placeCookieCart } from "@/modules/checkout/place"

/**
 * Stripe's return_url after a redirect-based payment (Alipay, or a card's 3-D Secure page): places the purchase
 * and shows its confirmation, or goes back to the checkout saying why not (the cart is kept).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: segment } = await params
  const locale = isLocale(segment) ? segment : DEFAULT_LOCALE
  const go = (path: string) => NextResponse.redirect(new URL(path, request.url), 303)
  if (request.nextUrl.searchParams.get("redirect_status") === "failed") return go(`/${locale}/checkout?payment=declined`)
  const placed = await placeCookieCart(locale)
  return go("orderId" in placed ? confirmationPath(locale, placed.orderId) : `/${locale}/checkout?payment=${placed.failure}`)
}
