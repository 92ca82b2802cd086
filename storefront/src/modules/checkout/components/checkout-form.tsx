"use client"
import dynamic from "next/dynamic"
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react"
import { checkoutTexts } from "@/lib/i18n/checkout"
import type { Locale } from "@/lib/i18n/locales"
import { PROVINCES } from "@/lib/util/address"
import type { PaymentChoice } from "@/lib/util/payment"
import { placeOrder, type CheckoutState } from "../actions"
import type { PublicStation } from "@luotian/contract"
import { Field } from "./field"
import { StationPicker } from "./station-picker"

// Stripe.js and its React bindings load only when the buyer pays online, never with the page.
const StripePay = dynamic(() => import("./stripe-pay"), { ssr: false })

/** A seller's delivery as the form offers it (labels already in the buyer's language and money). */
export type DeliveryGroup = { sellerId: string; seller: string; options: { id: string; label: string; kind: "courier" | "station_pickup" }[] }

type Props = { locale: Locale; initial: CheckoutState; groups: DeliveryGroup[]; choices: PaymentChoice[]; stations: PublicStation[]; stripeKey?: string }

/** The checkout: contact, Chinese address, delivery per seller and payment, posted to one server action. */
export function CheckoutForm({ locale, initial, groups, choices, stations, stripeKey }: Props) {
  const t = checkoutTexts(locale)
  const [state, action, pending] = useActionState(placeOrder, initial)
  const form = useRef<HTMLFormElement>(null)
  // After a failed submit, move to what needs attention: the first field in error, else the alert.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"], .checkout-alert')?.focus()
  }, [state])
  const { values, errors } = state
  // With JavaScript, submit without React's automatic form reset: whatever the buyer typed or chose stays in the
  // fields through any error (a reset would also drop the province select). Without it, the form posts as is.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    startTransition(() => action(data))
  }
  const field = (name: string) => ({ name, label: t.labels[name as keyof typeof t.labels], value: values[name] ?? "", error: errors[name] })
  return (
    <>
      <form ref={form} action={action} onSubmit={submit} noValidate className="checkout-form">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="seen_total" value={values.seen_total ?? ""} />
        <input type="hidden" name="seen_item_total" value={values.seen_item_total ?? ""} />
        {state.alert && (
          <p role="alert" tabIndex={-1} className="notice checkout-alert">
            {state.alert}
          </p>
        )}
        <fieldset>
          <legend>{t.contact}</legend>
          <Field {...field("email")} type="email" autoComplete="email" required hint={t.emailHint} />
        </fieldset>
        <fieldset>
          <legend>{t.address}</legend>
          <Field {...field("name")} autoComplete="name" required />
          <ProvinceSelect locale={locale} value={values.province ?? ""} error={errors.province} />
          <Field {...field("city")} autoComplete="address-level2" required />
          <Field {...field("district")} autoComplete="address-level3" required />
          <Field {...field("detail")} autoComplete="street-address" required hint={t.detailHint} />
          <Field {...field("phone")} type="tel" inputMode="tel" autoComplete="tel-national" required hint={t.phoneHint} />
        </fieldset>
        <fieldset>
          <legend>{t.delivery}</legend>
          {groups.map((group) => (
            <div key={group.sellerId} className="delivery-group">
              <Choice name={`delivery_${group.sellerId}`} legend={t.deliveryFor(group.seller)} value={values[`delivery_${group.sellerId}`]} error={errors[`delivery_${group.sellerId}`]} options={group.options} />
              {group.options.some((o) => o.kind === "station_pickup") && stations.length > 0 && (
                <StationPicker
                  name={`station_${group.sellerId}`}
                  locale={locale}
                  stations={stations}
                  value={values[`station_${group.sellerId}`]}
                  error={errors[`station_${group.sellerId}`]}
                  labels={{ town: t.town, anyTown: t.anyTown, station: t.station, placeholder: t.stationPlaceholder, hint: t.pickupHint }}
                />
              )}
            </div>
          ))}
        </fieldset>
        <Choice
          name="payment"
          legend={t.payment}
          value={values.payment}
          error={errors.payment}
          options={choices.map((choice) => ({ id: choice.provider_id, label: t.methods[choice.method] }))}
          hint={t.stationHint}
        />
        <button type="submit" className="primary" disabled={pending}>
          {pending ? t.placing : t.placeOrder}
        </button>
      </form>
      {state.pay && stripeKey && (
        <StripePay
          key={state.pay.clientSecret}
          publishableKey={stripeKey}
          clientSecret={state.pay.clientSecret}
          locale={locale}
          labels={{
            title: t.payWith(t.methods[state.pay.method]),
            pay: t.pay(state.pay.total),
            paying: t.paying,
            declined: t.declined,
            unavailable: t.stripeUnavailable,
          }}
        />
      )}
    </>
  )
}

function ProvinceSelect({ locale, value, error }: { locale: Locale; value: string; error?: string }) {
  const t = checkoutTexts(locale)
  return (
    <div className="field">
      <label htmlFor="checkout-province">{t.labels.province}</label>
      <select id="checkout-province" name="province" defaultValue={value} required autoComplete="address-level1" aria-invalid={error ? true : undefined} aria-describedby={error ? "checkout-province-error" : undefined}>
        <option value="">{t.provincePlaceholder}</option>
        {PROVINCES.map((p) => (
          <option key={p.zh} value={p.zh}>
            {locale === "en" ? `${p.en} ${p.zh}` : p.zh}
          </option>
        ))}
      </select>
      {error && (
        <p id="checkout-province-error" className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}

type ChoiceProps = { name: string; legend: string; value?: string; error?: string; hint?: string; options: { id: string; label: string; kind?: string }[] }

/** Radios in a fieldset; the first is preselected when nothing was chosen yet. */
function Choice({ name, legend, value, error, hint, options }: ChoiceProps) {
  const checked = options.some((o) => o.id === value) ? value : options[0]?.id
  const errorId = `checkout-${name}-error`
  return (
    <fieldset className="choice" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.id} className="radio">
          <input type="radio" name={name} value={option.id} data-kind={option.kind} defaultChecked={option.id === checked} aria-invalid={error ? true : undefined} />
          <span>{option.label}</span>
        </label>
      ))}
      {hint && <p className="hint">{hint}</p>}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  )
}
