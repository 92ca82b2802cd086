"use server"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { confirmPartReceipt } from "@/lib/data/purchases"
import { removeCartId, removeCustomerToken, setCustomerToken } from "@/lib/data/cookies"
import { adoptCart, logInCustomer, registerCustomer } from "@/lib/data/customer"
import { accountDictionary } from "@/lib/i18n/account"
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales"
import { fieldError, returnPath, type ErrorKey, type Field, type FormState } from "./forms"

const text = (form: FormData, name: string) => String(form.get(name) ?? "")

function localeOf(form: FormData): Locale {
  const locale = text(form, "locale")
  return isLocale(locale) ? locale : DEFAULT_LOCALE
}

const failed = (locale: Locale, values: FormState["values"], field: Field | null, key: ErrorKey): FormState => ({
  values,
  error: { field, message: accountDictionary(locale).errors[key] },
})

/** Keeps the login in this browser, gives it the guest cart and goes back where the buyer came from. */
async function loggedIn(token: string, form: FormData, locale: Locale): Promise<never> {
  await setCustomerToken(token)
  await adoptCart(token)
  redirect(returnPath(text(form, "next"), locale))
}

export async function register(_: FormState, form: FormData): Promise<FormState> {
  const locale = localeOf(form)
  const [name, email, password] = [text(form, "name").trim(), text(form, "email").trim(), text(form, "password")]
  const values = { name, email }
  const invalid = fieldError({ name, email, password })
  if (invalid) return failed(locale, values, invalid.field, invalid.key)
  let token: string
  try {
    token = await registerCustomer(name, email, password)
  } catch (error) {
    // Medusa answers 401 "Identity with email already exists" for a registered e-mail.
    if ((error as { status?: number }).status === 429) return failed(locale, values, null, "tooManyAttempts")
    const taken = /already exists/i.test((error as Error).message ?? "")
    return taken ? failed(locale, values, "email", "emailTaken") : failed(locale, values, null, "unavailable")
  }
  return loggedIn(token, form, locale)
}

export async function logIn(_: FormState, form: FormData): Promise<FormState> {
  const locale = localeOf(form)
  const [email, password] = [text(form, "email").trim(), text(form, "password")]
  const values = { email }
  if (fieldError({ email, password: "x".repeat(8) })) return failed(locale, values, "email", "emailInvalid")
  let token: string
  try {
    token = await logInCustomer(email, password)
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 429) return failed(locale, values, null, "tooManyAttempts")
    return status === 401 ? failed(locale, values, "password", "wrongPassword") : failed(locale, values, null, "unavailable")
  }
  return loggedIn(token, form, locale)
}

/** Forgets the login, and the cart that became the customer's, in this browser. */
export async function logOut(form: FormData) {
  await removeCustomerToken()
  await removeCartId()
  redirect(`/${localeOf(form)}/account/login`)
}

/** The buyer confirms a seller's part arrived; the account page shows it confirmed. */
export async function confirmReceipt(form: FormData) {
  const locale = localeOf(form)
  await confirmPartReceipt(text(form, "purchase_id"), text(form, "part_id"))
  revalidatePath(`/${locale}/account`)
}
