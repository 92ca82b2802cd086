"use client"
import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import type { Stripe } from "@stripe/stripe-js"
import { loadStripe } from "@stripe/stripe-js/pure"
import { useEffect, useRef, useState, type FormEvent } from "react"
import type { Locale } from "@/lib/i18n/locales"
import { completePaidCart } from "../actions"

type Labels = { title: string; pay: string; paying: string; declined: string; unavailable: string }
type Props = { publishableKey: string; clientSecret: string; locale: Locale; labels: Labels }

let stripeJs: Promise<Stripe | null> | undefined
// Stripe.js must come from js.stripe.com; loaded once, when the buyer first pays online. Unreachable → null.
const loadStripeJs = (key: string) => (stripeJs ??= loadStripe(key).catch(() => null))

/**
 * Stripe's Payment Element for the payment session Medusa made (card, Alipay or WeChat Pay: the intent allows
 * the one method). Confirms with Stripe, then places the purchase on the server. Alipay leaves for Alipay and
 * comes back to /checkout/complete; a WeChat Pay QR code is shown by Stripe.js and resolves once scanned.
 */
export default function StripePay({ publishableKey, clientSecret, locale, labels }: Props) {
  const [stripe] = useState(() => loadStripeJs(publishableKey))
  const [unavailable, setUnavailable] = useState(false)
  const title = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    title.current?.focus()
    stripe.then((loaded) => setUnavailable(!loaded))
  }, [stripe])
  return (
    <section className="stripe-pay" aria-labelledby="stripe-pay-title">
      <h2 id="stripe-pay-title" ref={title} tabIndex={-1}>
        {labels.title}
      </h2>
      {unavailable ? (
        <p role="alert" className="field-error">
          {labels.unavailable}
        </p>
      ) : (
        <Elements stripe={stripe} options={{ clientSecret, locale: locale === "en" ? "en" : "zh" }}>
          <PayForm locale={locale} labels={labels} />
        </Elements>
      )}
    </section>
  )
}

function PayForm({ locale, labels }: { locale: Locale; labels: Labels }) {
  const stripe = useStripe()
  const elements = useElements()
  const [message, setMessage] = useState("")
  const [busy, setBusy] = useState(false)

  async function pay(event: FormEvent) {
    event.preventDefault()
    if (!stripe || !elements) return
    setBusy(true)
    setMessage("")
    const { error } = await stripe.confirmPayment({
      elements,
      redirect: "if_required",
      confirmParams: { return_url: `${window.location.origin}/${locale}/checkout/complete` },
    })
    if (error) {
      // Card and form errors come worded by Stripe in the buyer's language; anything else reads as declined.
      setMessage((error.type === "card_error" || error.type === "validation_error") && error.message ? error.message : labels.declined)
    } else {
      // Paid: placing the purchase redirects to its confirmation; a message comes back only if it failed.
      setMessage(await completePaidCart(locale))
    }
    setBusy(false)
  }

  return (
    <form onSubmit={pay}>
      <PaymentElement />
      {message && (
        <p role="alert" className="field-error">
          {message}
        </p>
      )}
      <button type="submit" className="primary" disabled={!stripe || busy}>
        {busy ? labels.paying : labels.pay}
      </button>
    </form>
  )
}
