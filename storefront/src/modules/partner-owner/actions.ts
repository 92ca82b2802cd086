"use server"
import { redirect } from "next/navigation"
import { removePartnerOwnerToken, setPartnerOwnerToken } from "@/lib/data/cookies"
import { isLocale, type Locale } from "@/lib/i18n/locales"
import { asOwner, OwnerError, ownerHome, ownerLogin } from "./data"

const safeLocale = (locale: string): Locale => (isLocale(locale) ? locale : "zh-CN")

/** Logs a point's owner in with its partner login; a login that owns no point is told so, not let in. */
export async function logIn(localeIn: string, form: FormData) {
  const locale = safeLocale(localeIn)
  const [email, password] = [String(form.get("email") ?? "").trim(), String(form.get("password") ?? "")]
  if (!email || !password) redirect(ownerLogin(locale, "wrong"))
  let token = ""
  let refusal: "wrong" | "too-many" | "not-owner" | "unreachable" | null = null
  try {
    token = (await asOwner<{ token: string }>("", "/auth/partner/emailpass", { method: "POST", body: { email, password } })).token
    await asOwner(token, "/partners/me")
  } catch (error) {
    const status = error instanceof OwnerError ? error.status : 0
    refusal = status === 0 || status >= 500 ? "unreachable" : status === 429 ? "too-many" : token ? "not-owner" : "wrong"
  }
  if (refusal) redirect(ownerLogin(locale, refusal))
  await setPartnerOwnerToken(token)
  redirect(ownerHome(locale))
}

export async function logOut(localeIn: string) {
  const locale = safeLocale(localeIn)
  await removePartnerOwnerToken()
  redirect(ownerLogin(locale, "out"))
}
