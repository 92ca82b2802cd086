"use server"
import { redirect } from "next/navigation"
import { removeStationToken, setStationToken, stationToken } from "@/lib/data/cookies"
import { isLocale, type Locale } from "@/lib/i18n/locales"
import { asStation, StationError, stationLoginPath } from "./data"

// The portal's forms post here and come back to the page with what happened (`done`) or what was refused (`error`:
// the field the backend named, with its own words as the detail), so they work without JavaScript too.

const safeLocale = (locale: string): Locale => (isLocale(locale) ? locale : "zh-CN")
const text = (form: FormData, key: string) => String(form.get(key) ?? "").trim()
const PARCEL_ID = /^spcl_[0-9A-Z]{26}$/

function back(locale: Locale, page: "" | "/cash", outcome: Record<string, string>): never {
  redirect(`/${locale}/station${page}?${new URLSearchParams(outcome)}`)
}

/** Posts as the logged-in operator; an expired login goes to log in, a refusal back to the page with its reason. */
async function post(locale: Locale, page: "" | "/cash", path: string, body: Record<string, unknown>) {
  const token = await stationToken()
  if (!token) redirect(stationLoginPath(locale, "expired"))
  try {
    await asStation(token, path, { method: "POST", body })
  } catch (error) {
    if (!(error instanceof StationError)) throw error
    if (error.status === 401) redirect(stationLoginPath(locale, "expired"))
    if (error.status === 403) redirect(stationLoginPath(locale, "suspended"))
    const field = /^([a-z_]+): /.exec(error.message)?.[1] ?? (error.status === 0 ? "unreachable" : error.status === 404 ? "notFound" : "generic")
    back(locale, page, { error: field, detail: error.status === 0 ? "" : error.message.slice(0, 200) })
  }
}

export async function logIn(localeIn: string, form: FormData) {
  const locale = safeLocale(localeIn)
  const [email, password] = [text(form, "email"), String(form.get("password") ?? "")]
  let token: string
  try {
    token = (await asStation<{ token: string }>("", "/auth/station/emailpass", { method: "POST", body: { email, password } })).token
  } catch (error) {
    const status = (error as StationError).status
    redirect(`/${locale}/station/login?reason=${status === 401 || status === 400 ? "wrong" : status === 429 ? "tooMany" : "unreachable"}`)
  }
  const me = await asStation(token, "/stations/me").catch((error: StationError) => error)
  if (me instanceof StationError) redirect(stationLoginPath(locale, me.status === 403 ? "suspended" : undefined) + (me.status === 401 ? "?reason=notStation" : ""))
  await setStationToken(token)
  redirect(`/${locale}/station`)
}

export async function logOut(localeIn: string) {
  await removeStationToken()
  redirect(stationLoginPath(safeLocale(localeIn), "out"))
}

export async function receiveParcel(localeIn: string, form: FormData) {
  const locale = safeLocale(localeIn)
  const id = text(form, "parcel_id")
  if (!PARCEL_ID.test(id)) back(locale, "", { error: "notFound" })
  await post(locale, "", `/stations/me/parcels/${id}/receive`, {})
  back(locale, "", { done: "received" })
}

export async function handOverParcel(localeIn: string, form: FormData) {
  const locale = safeLocale(localeIn)
  const id = text(form, "parcel_id")
  if (!PARCEL_ID.test(id)) back(locale, "", { error: "notFound" })
  const [code, phone, cash] = [text(form, "code"), text(form, "phone_last4"), text(form, "cash_received")]
  const proof = code || !phone ? { code } : { phone_last4: phone, id_checked: form.get("id_checked") === "on" }
  await post(locale, "", `/stations/me/parcels/${id}/hand-over`, { ...proof, ...(cash ? { cash_received: cash } : {}) })
  back(locale, "", { done: "handed" })
}

export async function remitCash(localeIn: string, form: FormData) {
  const locale = safeLocale(localeIn)
  const note = text(form, "note")
  await post(locale, "/cash", "/stations/me/remittances", { amount: text(form, "amount"), ...(note ? { note } : {}) })
  back(locale, "/cash", { done: "remitted" })
}
