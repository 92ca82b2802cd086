import { toCents } from "./money"

// How a buyer may pay, and what a failed step of the checkout means for them.

/** Pay at the village station or on delivery: Medusa's system provider, offered in every region. */
export const STATION_PROVIDER = "pp_system_default"

// The providers of backend/src/modules/stripe and the Payment Element method each one's intent is made for.
const STRIPE_METHODS = {
  pp_stripe_stripe: "card",
  "pp_stripe-alipay_stripe": "alipay",
  "pp_stripe-wechatpay_stripe": "wechat_pay",
} as const

export type StripeMethod = (typeof STRIPE_METHODS)[keyof typeof STRIPE_METHODS]
export type PaymentMethod = "station" | StripeMethod
export type PaymentChoice = { provider_id: string; method: PaymentMethod }

export const stripeMethodOf = (providerId: string): StripeMethod | null =>
  (STRIPE_METHODS as Record<string, StripeMethod>)[providerId] ?? null

/**
 * The ways to pay, station first: Stripe's methods only where the region offers them and the storefront has a
 * publishable key to load the Payment Element with.
 */
export function paymentChoices(regionProviderIds: string[], stripeKey: string | undefined): PaymentChoice[] {
  const stripe = stripeKey
    ? Object.entries(STRIPE_METHODS)
        .filter(([id]) => regionProviderIds.includes(id))
        .map(([provider_id, method]) => ({ provider_id, method }))
    : []
  return [{ provider_id: STATION_PROVIDER, method: "station" }, ...stripe]
}

export type Failure = "unreachable" | "out_of_stock" | "declined" | "failed"

/**
 * What a failed call to the store means, from the SDK's error (HTTP status and Medusa's message) or from fetch
 * itself when the backend could not be reached at all.
 */
export function failureOf(error: unknown): Failure {
  const { status, message = "" } = (error ?? {}) as { status?: number; message?: string }
  if (status === undefined) return /fetch failed|ECONN|network|socket|timed? ?out/i.test(message) ? "unreachable" : "failed"
  if (status === 502 || status === 503 || status === 504) return "unreachable"
  if (/inventory/i.test(message)) return "out_of_stock"
  // Completing with a payment the provider did not authorize (declined, cancelled, not yet paid).
  if (/not authori[sz]ed|declined|requires more/i.test(message)) return "declined"
  return "failed"
}

/** POST /store/carts/:id/complete answers an order, or the cart again with the payment's error. */
export type CompleteAnswer = { type: "order"; order: { id: string } } | { type: "cart"; error?: { message?: string } }

export const placedOrderId = (answer: CompleteAnswer): string | null => (answer.type === "order" ? answer.order.id : null)

type Totals = { total: number | string; item_total: number | string }

/**
 * Whether the buyer must look again before the order is placed: the total now differs from the one the page
 * showed (a seller changed a price). A delivery chosen in this very submit adds its shown price knowingly, so
 * then only the goods are compared.
 */
export function priceChanged(seen: Totals, now: Totals, deliveryChosenNow: boolean): boolean {
  if (toCents(seen.item_total) !== toCents(now.item_total)) return true
  return !deliveryChosenNow && toCents(seen.total) !== toCents(now.total)
}
