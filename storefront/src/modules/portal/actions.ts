"use server"
import type { Seller } from "@luotian/contract"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { portalDictionary } from "./dictionary"
import { isLocale, type Locale } from "@/lib/i18n/locales"
import { fieldError, fieldPattern } from "./utils/errors"
import { formRows, parseStock, priceChanges, readSizes, rowField } from "./utils/sizes"
import { removeSellerToken, sellerToken, setSellerToken } from "@/lib/data/cookies"
import { asSeller, loginPath, PortalError, type Listing } from "./data"
import { recallDictionary } from "../lots/recall-dictionary"
import { ledgerDictionary, yuan } from "./ledger-dictionary"

// The portal's forms post here. A refused change comes back as form state: the values typed (so nothing is lost),
// and the reason in the seller's language next to the field the backend named, with the backend's own words.

export type FormState = {
  values?: Record<string, string>
  error?: { field: string | null; message: string; detail?: string }
  done?: string
  status?: Seller["status"]
}

type Rules = Record<string, string>
const portalHome = (locale: Locale) => `/${locale}/portal`

/** What the form sent, as text, to put back into it (never the password). */
const typed = (form: FormData): Record<string, string> =>
  Object.fromEntries(
    [...form.entries()].flatMap(([key, value]) => (typeof value === "string" && key !== "password" && !key.startsWith("$") ? [[key, value]] : []))
  )

const text = (form: FormData, key: string) => String(form.get(key) ?? "").trim()

function fieldState(locale: Locale, form: FormData, field: string, rule = field): FormState {
  return { values: typed(form), error: { field, message: portalDictionary(locale).fields[rule] } }
}

/**
 * The backend's refusal in words: next to the field it names when the form has it (rules: backend field or row
 * pattern such as "sizes.*.price_cny" → rule). `indexes` maps the n-th size sent to the form's row it came from.
 */
function refusal(locale: Locale, form: FormData, error: PortalError, rules: Rules, indexes: number[] = []): FormState {
  const t = portalDictionary(locale)
  const { field, detail } = fieldError(error.message, Object.keys(rules))
  const rule = field && (rules[field] ?? rules[fieldPattern(field)])
  const message =
    error.status === 0 ? t.errors.unreachable
    : error.status === 403 ? t.errors.forbidden
    : error.status === 404 ? t.errors.notFound
    : rule ? t.fields[rule]
    : t.errors.generic
  return { values: typed(form), error: { field: field && rowField(field, indexes), message, detail: error.status === 0 ? undefined : detail } }
}

/** POSTs (or DELETEs) as the logged-in seller; an expired login goes to the login page and back to `next`. */
async function post<T>(locale: Locale, path: string, body: Record<string, unknown>, next: string, method: "POST" | "DELETE" = "POST"): Promise<T | PortalError> {
  const token = await sellerToken()
  let result: T | PortalError
  try {
    result = token ? await asSeller<T>(token, path, { method, body: method === "POST" ? body : undefined }) : new PortalError(401, "Unauthorized")
  } catch (error) {
    if (!(error instanceof PortalError)) throw error
    result = error
  }
  if (result instanceof PortalError && result.status === 401) redirect(loginPath(locale, next, "expired"))
  return result
}

const refresh = (locale: Locale) => revalidatePath(portalHome(locale), "layout")
const safeLocale = (locale: string): Locale => (isLocale(locale) ? locale : "zh-CN")

/** Only a path inside this locale's portal may be the page to come back to. */
const safeNext = (locale: Locale, next: string) =>
  next.startsWith(`${portalHome(locale)}`) && !next.startsWith("//") && !next.includes("/login") ? next : portalHome(locale)

export async function logIn(localeIn: string, _state: FormState, form: FormData): Promise<FormState> {
  const locale = safeLocale(localeIn)
  const t = portalDictionary(locale)
  const [email, password] = [text(form, "email"), String(form.get("password") ?? "")]
  if (!email || !password) return { values: typed(form), error: { field: !email ? "email" : "password", message: t.login.missing } }
  let token: string
  try {
    token = (await asSeller<{ token: string }>("", "/auth/seller/emailpass", { method: "POST", body: { email, password } })).token
  } catch (error) {
    const { status } = error as PortalError
    return { values: typed(form), error: { field: null, message: status === 401 ? t.login.wrong : status === 429 ? t.login.tooMany : status === 0 ? t.errors.unreachable : t.errors.generic } }
  }
  const me = await asSeller<{ seller: Seller }>(token, "/vendors/me").catch((error: PortalError) => error)
  if (me instanceof PortalError) {
    return { values: typed(form), error: { field: null, message: me.status === 401 ? t.login.notSeller : t.errors.unreachable } }
  }
  await setSellerToken(token)
  // A pending or suspended seller may look but not change: the login page tells it so before it goes on.
  if (me.seller.status !== "active") return { values: typed(form), status: me.seller.status }
  redirect(safeNext(locale, text(form, "next")))
}

export async function logOut(localeIn: string) {
  const locale = safeLocale(localeIn)
  await removeSellerToken()
  redirect(loginPath(locale, undefined, "out"))
}

const SIZE_RULES: Rules = { net_weight_g: "net_weight_g", price_cny: "price_cny", stock: "stock", gtin: "gtin" }
const LISTING_RULES: Rules = {
  name: "name", category: "category", grade: "grade", description: "description", description_en: "description_en", status: "status",
  sizes: "sizes", ...Object.fromEntries(Object.entries(SIZE_RULES).map(([key, rule]) => [`sizes.*.${key}`, rule])),
  "sizes.*.variant_id": "variant_id",
}

const listingPath = (locale: Locale, productId: string) => `${portalHome(locale)}/listings/${encodeURIComponent(productId)}`

/** A new listing: its name, grade and description, and its pack sizes (rows of weight, price, stock, GTIN). */
export async function createListing(localeIn: string, _state: FormState, form: FormData): Promise<FormState> {
  const locale = safeLocale(localeIn)
  for (const key of ["name", "grade"]) if (!text(form, key)) return fieldState(locale, form, key)
  const read = readSizes(formRows(form.entries()))
  if ("problem" in read) return fieldState(locale, form, read.problem.field, read.problem.rule)
  const body = {
    name: text(form, "name"),
    category: text(form, "category"),
    grade: text(form, "grade"),
    sizes: read.sizes,
    ...(text(form, "description") && { description: text(form, "description") }),
    ...(text(form, "description_en") && { description_en: text(form, "description_en") }),
  }
  const here = `${portalHome(locale)}/listings/new?category=${encodeURIComponent(body.category)}`
  const result = await post<{ product: Listing }>(locale, "/vendors/me/products", body, here)
  if (result instanceof PortalError) return refusal(locale, form, result, LISTING_RULES, read.indexes)
  refresh(locale)
  redirect(`${portalHome(locale)}/listings?created=${encodeURIComponent(result.product.id)}`)
}

/** Only what the seller changed is sent: an unchanged price or grade must not send an approved listing back to review. */
function listingChanges(form: FormData) {
  const changes: Record<string, unknown> = {}
  for (const key of ["description", "description_en", "grade", "status"]) {
    if (form.has(key) && text(form, key) !== text(form, `was_${key}`)) changes[key] = text(form, key)
  }
  return changes
}

export async function updateListing(localeIn: string, productId: string, _state: FormState, form: FormData): Promise<FormState> {
  const locale = safeLocale(localeIn)
  const t = portalDictionary(locale)
  const prices = priceChanges(formRows(form.entries()), formRows(form.entries(), "was_sizes"))
  if ("problem" in prices) return fieldState(locale, form, prices.problem.field, prices.problem.rule)
  const changes = listingChanges(form)
  if (prices.sizes.length) changes.sizes = prices.sizes
  if (!Object.keys(changes).length) return { values: typed(form), done: t.listingForm.unchanged }
  const result = await post<{ product: Listing }>(locale, `/vendors/me/products/${encodeURIComponent(productId)}`, changes, listingPath(locale, productId))
  if (result instanceof PortalError) return refusal(locale, form, result, LISTING_RULES, prices.indexes)
  refresh(locale)
  const backToReview = result.product.listing?.status === "pending" && ("grade" in changes || "sizes" in changes)
  return { values: typed(form), done: backToReview ? t.listingForm.savedReview : t.listingForm.saved }
}

/** The stock of one pack size (the form's hidden variant_id) at the seller's location. */
export async function setStock(localeIn: string, productId: string, _state: FormState, form: FormData): Promise<FormState> {
  const locale = safeLocale(localeIn)
  const stock = parseStock(text(form, "stock"))
  if (stock === null) return fieldState(locale, form, "stock")
  const body = { variant_id: text(form, "variant_id"), stock }
  const result = await post(locale, `/vendors/me/products/${encodeURIComponent(productId)}/stock`, body, listingPath(locale, productId))
  if (result instanceof PortalError) return refusal(locale, form, result, { stock: "stock", variant_id: "variant_id" })
  refresh(locale)
  return { values: typed(form), done: portalDictionary(locale).listingForm.stockSaved }
}

/** A further pack size of a listing: weight, price, stock and an optional GTIN-13, checked as a new listing's are. */
export async function addSize(localeIn: string, productId: string, _state: FormState, form: FormData): Promise<FormState> {
  const locale = safeLocale(localeIn)
  const values = Object.fromEntries(Object.keys(SIZE_RULES).map((key) => [key, text(form, key)]))
  const read = readSizes([{ index: 0, values }])
  if ("problem" in read) return fieldState(locale, form, read.problem.field.replace(/^sizes\.0\./, ""), read.problem.rule)
  const here = listingPath(locale, productId)
  const result = await post(locale, `/vendors/me/products/${encodeURIComponent(productId)}/sizes`, read.sizes[0], here)
  if (result instanceof PortalError) return refusal(locale, form, result, SIZE_RULES)
  refresh(locale)
  redirect(`${here}?done=size_added`)
}

/** Removes one pack size; the backend keeps the last one (400), which the form explains. */
export async function removeSize(localeIn: string, productId: string, variantId: string, _state: FormState, form: FormData): Promise<FormState> {
  const locale = safeLocale(localeIn)
  const here = listingPath(locale, productId)
  const path = `/vendors/me/products/${encodeURIComponent(productId)}/sizes/${encodeURIComponent(variantId)}`
  const result = await post(locale, path, {}, here, "DELETE")
  if (result instanceof PortalError) {
    const refused = refusal(locale, form, result, {})
    return result.status === 400 ? { ...refused, error: { ...refused.error!, message: portalDictionary(locale).listingForm.lastSize } } : refused
  }
  refresh(locale)
  redirect(`${here}?done=size_removed`)
}

const orderPath = (locale: Locale, orderId: string) => `${portalHome(locale)}/orders/${encodeURIComponent(orderId)}`

/** Ships by courier (carrier and tracking number) or hands the order to a village station. */
export async function fulfilOrder(localeIn: string, orderId: string, method: "courier" | "station", _state: FormState, form: FormData): Promise<FormState> {
  const locale = safeLocale(localeIn)
  const body =
    method === "courier"
      ? { method, carrier: text(form, "carrier"), tracking_number: text(form, "tracking_number") }
      : { method, station: text(form, "station") }
  for (const [key, value] of Object.entries(body)) if (!value) return fieldState(locale, form, key)
  const here = orderPath(locale, orderId)
  const result = await post(locale, `/vendors/me/orders/${encodeURIComponent(orderId)}/fulfillments`, body, here)
  if (result instanceof PortalError) return refusal(locale, form, result, { carrier: "carrier", tracking_number: "tracking_number", station: "station" })
  refresh(locale)
  redirect(`${here}?done=${method === "courier" ? "shipped" : "station"}`)
}

/** mark-paid or cancel: no body, the order page says what happened. */
export async function orderStep(localeIn: string, orderId: string, step: "mark-paid" | "cancel", _state: FormState, form: FormData): Promise<FormState> {
  const locale = safeLocale(localeIn)
  const here = orderPath(locale, orderId)
  const result = await post(locale, `/vendors/me/orders/${encodeURIComponent(orderId)}/${step}`, {}, here)
  if (result instanceof PortalError) return refusal(locale, form, result, {})
  refresh(locale)
  redirect(`${here}?done=${step === "cancel" ? "canceled" : "paid"}`)
}

const MEMBER_RULES: Rules = { name: "member_name", village: "village", phone: "phone", id_number: "id_number", joined_at: "joined_at" }

export async function addMember(localeIn: string, _state: FormState, form: FormData): Promise<FormState> {
  const locale = safeLocale(localeIn)
  for (const key of ["name", "village", "id_number", "joined_at"]) if (!text(form, key)) return fieldState(locale, form, key, MEMBER_RULES[key])
  const body = {
    name: text(form, "name"),
    village: text(form, "village"),
    id_number: text(form, "id_number"),
    joined_at: text(form, "joined_at"),
    poor_household: form.get("poor_household") === "on",
    ...(text(form, "phone") && { phone: text(form, "phone") }),
  }
  const result = await post(locale, "/vendors/me/members", body, `${portalHome(locale)}/members`)
  if (result instanceof PortalError) return refusal(locale, form, result, MEMBER_RULES)
  refresh(locale)
  return { done: portalDictionary(locale).members.added }
}

const ACCOUNT_RULES: Rules = { holder_name: "holder_name", bank_name: "bank_name", account_number: "account_number" }

/** Where the seller is paid: a bank account or Alipay (the owner only; the backend answers it masked). */
export async function setPayoutAccount(localeIn: string, _state: FormState, form: FormData): Promise<FormState> {
  const locale = safeLocale(localeIn)
  const method = text(form, "method") === "alipay" ? "alipay" : "bank"
  for (const key of ["holder_name", ...(method === "bank" ? ["bank_name"] : []), "account_number"]) {
    if (!text(form, key)) return fieldState(locale, form, key)
  }
  const body = {
    method,
    holder_name: text(form, "holder_name"),
    ...(method === "bank" && { bank_name: text(form, "bank_name") }),
    account_number: text(form, "account_number").replace(/\s+/g, ""),
  }
  const result = await post(locale, "/vendors/me/payout-account", body, `${portalHome(locale)}/payouts`)
  // The number typed is never sent back into the form.
  if (result instanceof PortalError) return { ...refusal(locale, form, result, ACCOUNT_RULES), values: { ...typed(form), account_number: "" } }
  refresh(locale)
  return { done: portalDictionary(locale).payouts.saved }
}

/** Withdraws one of the seller's lots (a recall), with the reason buyers will read, once the seller ticked the confirmation. */
export async function withdrawLot(localeIn: string, lotId: string, here: string, _state: FormState, form: FormData): Promise<FormState> {
  const locale = safeLocale(localeIn)
  const t = recallDictionary(locale)
  if (!text(form, "reason")) return { values: typed(form), error: { field: "reason", message: t.reasonMissing } }
  if (form.get("confirm") !== "on") return { values: typed(form), error: { field: "confirm", message: t.confirmMissing } }
  const result = await post(locale, `/vendors/me/lots/${encodeURIComponent(lotId)}/withdraw`, { reason: text(form, "reason") }, safeNext(locale, here))
  if (result instanceof PortalError) return refusal(locale, form, result, {})
  refresh(locale)
  return { done: t.done }
}

// Household incomes: closing a month and recording a household's payment (both idempotent in the backend).
const incomesPath = (locale: Locale, month: string, memberId?: string) =>
  `${portalHome(locale)}/incomes${memberId ? `/${encodeURIComponent(memberId)}` : ""}?month=${encodeURIComponent(month)}`

export async function closeLedgerMonth(localeIn: string, month: string, _state: FormState, form: FormData): Promise<FormState> {
  const locale = safeLocale(localeIn)
  const result = await post<{ total_fen: string }>(locale, "/vendors/me/ledger/close", { month }, incomesPath(locale, month))
  if (result instanceof PortalError) return refusal(locale, form, result, {})
  refresh(locale)
  return { done: ledgerDictionary(locale).closed(yuan(result.total_fen)) }
}

export async function payLedgerHousehold(localeIn: string, month: string, memberId: string, _state: FormState, form: FormData): Promise<FormState> {
  const locale = safeLocale(localeIn)
  const t = ledgerDictionary(locale)
  if (!text(form, "reference")) return { values: typed(form), error: { field: "reference", message: t.reference } }
  const body = { member_id: memberId, month, reference: text(form, "reference") }
  const result = await post(locale, "/vendors/me/ledger/payments", body, incomesPath(locale, month, memberId))
  if (result instanceof PortalError) return refusal(locale, form, result, {})
  refresh(locale)
  return { done: t.paid }
}
