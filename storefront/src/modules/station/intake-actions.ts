"use server"
import type { StationIntake } from "@luotian/contract"
import { redirect } from "next/navigation"
import { stationToken } from "@/lib/data/cookies"
import { isLocale, type Locale } from "@/lib/i18n/locales"
import { toCents } from "@/lib/util/money"
import { asStation, StationError, stationLoginPath } from "./data"

// The intake form posts here and comes back to the intake page: with the receipt of what was recorded, or with what
// was refused (the field the backend named, its own words as the detail). Works without JavaScript.

const text = (form: FormData, key: string) => String(form.get(key) ?? "").trim()
const YUAN = /^(0|[1-9]\d{0,3})(\.\d{1,2})?$/

function back(locale: Locale, outcome: Record<string, string>): never {
  redirect(`/${locale}/station/intake?${new URLSearchParams(outcome)}`)
}

export async function recordIntake(localeIn: string, form: FormData) {
  const locale: Locale = isLocale(localeIn) ? localeIn : "zh-CN"
  const token = await stationToken()
  if (!token) redirect(stationLoginPath(locale, "expired"))
  const seller = text(form, "seller_id")
  const [product_id, grade_code] = text(form, "product_grade").split("|")
  const price = text(form, "price_yuan")
  if (!YUAN.test(price)) back(locale, { seller, error: "price_per_kg_fen" })
  const body = {
    client_reference: text(form, "client_reference"), seller_id: seller, member_id: text(form, "member_id"), product_id: product_id ?? "",
    grade_code: grade_code ?? "", quantity_kg: text(form, "quantity_kg"), price_per_kg_fen: Number(toCents(price)), paid: text(form, "paid"),
  }
  let intake: StationIntake
  try {
    intake = (await asStation<{ intake: StationIntake }>(token, "/stations/me/intakes", { method: "POST", body })).intake
  } catch (error) {
    if (!(error instanceof StationError)) throw error
    if (error.status === 401) redirect(stationLoginPath(locale, "expired"))
    if (error.status === 403) redirect(stationLoginPath(locale, "suspended"))
    const field = /^(?:Invalid body: )?([a-z_]+): /.exec(error.message)?.[1] ?? (error.status === 0 ? "unreachable" : "generic")
    back(locale, { seller, error: field, detail: error.status === 0 ? "" : error.message.slice(0, 200) })
  }
  back(locale, { seller, receipt: intake.id })
}
