"use server"
import { cookies } from "next/headers"
import { redirect } from "next/navigation"
import { options, stationToken } from "@/lib/data/cookies"
import { isLocale, type Locale } from "@/lib/i18n/locales"
import { basketText, changeBasket, parseBasket } from "./basket"
import { ASSISTED_CODE, asStation, StationError, stationLoginPath } from "./data"

// 代购 forms. The villager's name and phone travel only in the POST body to the backend: never in an address or a log.
// The pickup code, shown once, reaches the confirmation page in a short-lived httpOnly cookie.

const safeLocale = (locale: string): Locale => (isLocale(locale) ? locale : "zh-CN")
const text = (form: FormData, key: string) => String(form.get(key) ?? "").trim()
const newOrderPath = (locale: Locale, params: Record<string, string>) => `/${locale}/station/assisted/new?${new URLSearchParams(params)}`

/** Adds a pack size to the basket (or, with quantity 0, takes it out) and returns to the order form. */
export async function changeAssistedBasket(localeIn: string, form: FormData) {
  const locale = safeLocale(localeIn)
  const quantity = Number(text(form, "quantity"))
  const lines = changeBasket(parseBasket(text(form, "basket")), {
    handle: text(form, "handle"),
    variant_id: text(form, "variant_id"),
    quantity: Number.isInteger(quantity) && quantity >= 0 ? quantity : 1,
  })
  redirect(newOrderPath(locale, { q: text(form, "q"), basket: basketText(parseBasket(basketText(lines))) }))
}

export async function placeAssistedOrder(localeIn: string, form: FormData) {
  const locale = safeLocale(localeIn)
  const basket = text(form, "basket")
  const token = await stationToken()
  if (!token) redirect(stationLoginPath(locale, "expired"))
  const body = {
    idempotency_key: text(form, "idempotency_key"),
    villager: { name: text(form, "villager_name"), phone: text(form, "villager_phone").replace(/[\s-]/g, "") },
    items: parseBasket(basket).map(({ variant_id, quantity }) => ({ variant_id, quantity })),
  }
  let placed: { assisted_order: { id: string; pickup_code: string | null } }
  try {
    placed = await asStation(token, "/stations/me/assisted-orders", { method: "POST", body })
  } catch (error) {
    if (!(error instanceof StationError)) throw error
    if (error.status === 401) redirect(stationLoginPath(locale, "expired"))
    if (error.status === 403 && error.message.includes("suspended")) redirect(stationLoginPath(locale, "suspended"))
    const field = /(villager\.(name|phone)|items|idempotency_key|station)/.exec(error.message)?.[1]?.replace("villager.", "villager_") ?? (error.status === 0 ? "unreachable" : "generic")
    redirect(newOrderPath(locale, { basket, error: field }))
  }
  const { id, pickup_code } = placed.assisted_order
  if (pickup_code) (await cookies()).set(ASSISTED_CODE, `${id}:${pickup_code}`, { ...options(1), maxAge: 10 * 60 })
  redirect(`/${locale}/station/assisted/${id}`)
}
