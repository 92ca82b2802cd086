"use server"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { cartById, chooseShippingOption, deliveriesOf, openCart, type Cart } from "@/lib/data/cart"
import { regionProviderIds, repriceItems, saveContact, startPayment } from "@/lib/data/checkout"
import { checkoutTexts } from "@/lib/i18n/checkout"
import { DEFAULT_LOCALE, isLocale, pick, type Locale } from "@/lib/i18n/locales"
import { addressProblems, emailProblem, readAddress, toMedusaAddress } from "@/lib/util/address"
import { formatCny } from "@/lib/util/money"
import { failureOf, paymentChoices, priceChanged, type StripeMethod } from "@/lib/util/payment"
import { sellerGroups } from "@/modules/cart/groups"
import { confirmationPath, failureMessage, placeCart, placeCookieCart } from "./place"

/** What the checkout form shows: everything typed (kept on any error), errors per field, one alert, and the Stripe step. */
export type CheckoutState = {
  values: Record<string, string>
  errors: Record<string, string>
  alert?: string
  pay?: { clientSecret: string; method: StripeMethod; total: string }
}

const localeOf = (value: unknown): Locale => (typeof value === "string" && isLocale(value) ? value : DEFAULT_LOCALE)

/** The form's own fields (not Next's action fields), as strings. */
const valuesOf = (form: FormData) =>
  Object.fromEntries([...form.entries()].filter(([key, value]) => !key.startsWith("$") && typeof value === "string")) as Record<string, string>

/** Field errors of the contact and address, each naming its field. */
function contactErrors(values: Record<string, string>, locale: Locale) {
  const t = checkoutTexts(locale)
  const errors: Record<string, string> = {}
  const email = emailProblem((values.email ?? "").trim())
  if (email) errors.email = t.problem(t.labels.email, email)
  for (const [field, problem] of Object.entries(addressProblems(readAddress((key) => values[key])))) {
    errors[field] = t.problem(t.labels[field as keyof typeof t.labels], problem)
  }
  return errors
}

/** Sets each seller's delivery from the form; errors for sellers still without one. */
async function applyDeliveries(cart: Cart, values: Record<string, string>, locale: Locale) {
  const t = checkoutTexts(locale)
  const errors: Record<string, string> = {}
  let chosenNow = false
  for (const group of sellerGroups(cart.items, await deliveriesOf(cart))) {
    if (!group.seller) continue
    const field = `delivery_${group.seller.id}`
    const option = group.options.find((o) => o.id === values[field])
    const seller = pick(locale, group.seller.name, group.seller.name_en)
    if (option?.kind === "station_pickup") {
      // Pickup names its station, chosen by town and village beside the option.
      const station = values[`station_${group.seller.id}`]
      if (!station) errors[`station_${group.seller.id}`] = t.chooseStation(seller)
      else if (option.id !== group.selected?.id || station !== group.selectedStationId) {
        await chooseShippingOption(cart, option.id, station)
        chosenNow = true
      }
    } else if (option && option.id !== group.selected?.id) {
      await chooseShippingOption(cart, option.id)
      chosenNow = true
    } else if (!option && !group.selected) {
      errors[field] = t.chooseDelivery(seller)
    }
  }
  return { errors, chosenNow }
}

const seenTotals = (values: Record<string, string>) => ({ total: values.seen_total || "0", item_total: values.seen_item_total || "0" })
const shownTotals = (cart: Cart) => ({ seen_total: String(cart.total), seen_item_total: String(cart.item_total) })

/**
 * Places the order: saves contact and address, sets deliveries, prices the goods again and stops if the total
 * changed, then pays at the station (completing at once) or hands a Stripe payment session to the Payment Element.
 */
export async function placeOrder(_: CheckoutState, form: FormData): Promise<CheckoutState> {
  const values = valuesOf(form)
  const locale = localeOf(values.locale)
  const t = checkoutTexts(locale)
  const errors = contactErrors(values, locale)
  if (Object.keys(errors).length) return { values, errors, alert: t.fixFields }
  let cart: Cart | null = null
  let orderId: string
  try {
    cart = await openCart()
    if (!cart?.items.length) return { values, errors: {}, alert: t.emptyCart }
    await saveContact(cart, values.email.trim(), toMedusaAddress(readAddress((key) => values[key])))
    const deliveries = await applyDeliveries(cart, values, locale)
    if (Object.keys(deliveries.errors).length) return { values, errors: deliveries.errors, alert: t.fixFields }
    await repriceItems(cart)
    cart = await cartById(cart.id)
    revalidatePath(`/${locale}/checkout`)
    const shown = { ...values, ...shownTotals(cart) }
    if (priceChanged(seenTotals(values), cart, deliveries.chosenNow)) {
      return { values: shown, errors: {}, alert: t.priceChanged(formatCny(cart.total, locale)) }
    }
    const choice = paymentChoices(await regionProviderIds(cart.region_id), process.env.STRIPE_PUBLISHABLE_KEY).find((c) => c.provider_id === values.payment)
    if (!choice) return { values: shown, errors: { payment: t.choosePayment }, alert: t.fixFields }
    const session = await startPayment(cart, choice.provider_id)
    if (choice.method !== "station") {
      if (!session.data.client_secret) throw new Error(`Stripe session ${session.id} has no client secret`)
      return { values: shown, errors: {}, pay: { clientSecret: session.data.client_secret, method: choice.method, total: formatCny(cart.total, locale) } }
    }
    const placed = await placeCart(cart, locale)
    if (!("orderId" in placed)) return { values: shown, errors: {}, alert: placed.message }
    orderId = placed.orderId
  } catch (error) {
    const failure = failureOf(error)
    if (failure === "failed") console.error(`storefront: checkout failed: ${(error as Error).message}`)
    return { values, errors: {}, alert: await failureMessage(failure, cart, locale) }
  }
  redirect(confirmationPath(locale, orderId))
}

/** After Stripe confirmed the payment in the browser: places the purchase, or says why not (the cart is kept). */
export async function completePaidCart(locale: Locale): Promise<string> {
  const placed = await placeCookieCart(localeOf(locale))
  if ("orderId" in placed) redirect(confirmationPath(localeOf(locale), placed.orderId))
  return placed.message
}
