"use server"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { isLocale, type Locale } from "@/lib/i18n/locales"
import { sellerToken } from "@/lib/data/cookies"
import type { FormState } from "@/modules/portal/actions"
import { asSeller, loginPath, PortalError } from "@/modules/portal/data"
import { portalDictionary } from "@/modules/portal/dictionary"
import { fieldError } from "@/modules/portal/utils/errors"
import { lotsDictionary } from "./dictionary"

// The lot pages' forms post here; a refusal comes back as form state next to the field the backend named.

const COMMITMENTS = ["no_banned_inputs", "intervals_observed", "residues_within_limits", "truthful"]
const BASES = ["self_test", "commissioned_test", "internal_control"]
const LOT_FIELDS = ["product_id", "code", "kind", "produced_on", "town", "quantity", "unit", "best_before", "households"]

const safeLocale = (locale: string): Locale => (isLocale(locale) ? locale : "zh-CN")
const lotsHome = (locale: Locale) => `/${locale}/portal/lots`
const lotPath = (locale: Locale, lotId: string) => `${lotsHome(locale)}/${encodeURIComponent(lotId)}`
const text = (form: FormData, key: string) => String(form.get(key) ?? "").trim()
const typed = (form: FormData) =>
  Object.fromEntries([...form.entries()].flatMap(([key, value]) => (typeof value === "string" && !key.startsWith("$") ? [[key, value]] : [])))
/** A number typed in a form, or NaN (the backend names what is wrong with it). */
const amount = (value: string) => (value === "" ? Number.NaN : Number(value))

/** Posts as the logged-in seller; an expired login goes to log in and come back to `here`. */
async function post<T>(locale: Locale, path: string, body: object, here: string): Promise<T | PortalError> {
  const token = await sellerToken()
  if (!token) redirect(loginPath(locale, here, "expired"))
  try {
    return await asSeller<T>(token, path, { method: "POST", body: body as Record<string, unknown> })
  } catch (error) {
    if (!(error instanceof PortalError)) throw error
    if (error.status === 401) redirect(loginPath(locale, here, "expired"))
    return error
  }
}

/**
 * The refusal in the seller's words for the field the backend named (one of `fields`), shown next to it when the form
 * has it (`shown`), else above the form; "origin.town" is the form's "town".
 */
function refusal(locale: Locale, form: FormData, error: PortalError, fields: string[], shown = fields): FormState {
  const t = portalDictionary(locale)
  const { field: named, detail } = fieldError(error.message.replace(/\borigin\.town\b/, "town"), fields)
  const field = named?.split(".")[0] ?? null
  const message =
    error.status === 0 ? t.errors.unreachable
    : error.status === 403 ? t.errors.forbidden
    : error.status === 404 ? t.errors.notFound
    : (field && lotsDictionary(locale).missing[field]) || t.errors.generic
  return { values: typed(form), error: { field: field && shown.includes(field) ? field : null, message, detail: error.status === 0 ? undefined : detail } }
}

const missing = (locale: Locale, form: FormData, field: string): FormState => ({ values: typed(form), error: { field, message: lotsDictionary(locale).missing[field]! } })

/** A new lot with the households that supplied it (the form's household_<member id> quantities). */
export async function createLot(localeIn: string, _state: FormState, form: FormData): Promise<FormState> {
  const locale = safeLocale(localeIn)
  for (const key of ["product_id", "kind", "produced_on", "town", "quantity", "unit"]) if (!text(form, key)) return missing(locale, form, key)
  const households = [...form.keys()]
    .filter((key) => key.startsWith("household_") && text(form, key))
    .map((key) => ({ member_id: key.slice("household_".length), quantity: amount(text(form, key)) }))
  const optional = (key: string) => (text(form, key) ? { [key]: text(form, key) } : {})
  const body = {
    product_id: text(form, "product_id"),
    kind: text(form, "kind"),
    produced_on: text(form, "produced_on"),
    origin: { town: text(form, "town"), ...optional("village"), ...optional("base") },
    quantity: amount(text(form, "quantity")),
    unit: text(form, "unit"),
    inputs: text(form, "inputs").split("\n").map((line) => line.trim()).filter(Boolean),
    households,
    ...optional("code"),
    ...optional("storage"),
    ...optional("best_before"),
  }
  const result = await post<{ lot: { id: string } }>(locale, "/vendors/me/lots", body, `${lotsHome(locale)}/new`)
  if (result instanceof PortalError) return refusal(locale, form, result, LOT_FIELDS, LOT_FIELDS.filter((f) => f !== "households"))
  revalidatePath(lotsHome(locale), "layout")
  redirect(`${lotPath(locale, result.lot.id)}?done=created`)
}

export async function attachInspection(localeIn: string, lotId: string, _state: FormState, form: FormData): Promise<FormState> {
  const locale = safeLocale(localeIn)
  const here = lotPath(locale, lotId)
  const result = await post(locale, `/vendors/me/lots/${encodeURIComponent(lotId)}/inspection`, { inspection_id: text(form, "inspection_id") }, here)
  if (result instanceof PortalError) return refusal(locale, form, result, ["inspection_id"], [])
  revalidatePath(here)
  redirect(`${here}?done=graded`)
}

export async function receiveLot(localeIn: string, lotId: string, _state: FormState, form: FormData): Promise<FormState> {
  const locale = safeLocale(localeIn)
  const here = lotPath(locale, lotId)
  if (!text(form, "packs")) return missing(locale, form, "packs")
  const body = { variant_id: text(form, "variant_id"), packs: amount(text(form, "packs")) }
  const result = await post(locale, `/vendors/me/lots/${encodeURIComponent(lotId)}/receipts`, body, here)
  if (result instanceof PortalError) return refusal(locale, form, result, ["variant_id", "packs", "lot"], ["variant_id", "packs"])
  revalidatePath(here)
  redirect(`${here}?done=received`)
}

/** The lot's certificate, or (with `supersedes`) a correction of the one in force. */
export async function issueCertificate(localeIn: string, lotId: string, supersedes: string | null, _state: FormState, form: FormData): Promise<FormState> {
  const locale = safeLocale(localeIn)
  const here = lotPath(locale, lotId)
  const body = {
    contact: text(form, "contact"),
    commitments: COMMITMENTS.filter((c) => form.get(`commitment_${c}`) === "on"),
    basis: BASES.filter((b) => form.get(`basis_${b}`) === "on"),
    ...(supersedes && { supersedes, reason: text(form, "reason") }),
  }
  const result = await post(locale, `/vendors/me/lots/${encodeURIComponent(lotId)}/certificates`, body, here)
  if (result instanceof PortalError) return refusal(locale, form, result, ["contact", "commitments", "basis", "reason", "supersedes"], ["contact", "reason"])
  revalidatePath(here)
  redirect(`${here}?done=certified`)
}
