"use server"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { sellerToken } from "@/lib/data/cookies"
import { isLocale, type Locale } from "@/lib/i18n/locales"
import { asSeller, loginPath, PortalError } from "./data"
import { portalDictionary } from "./dictionary"

// The photo manager's actions: upload (multipart, passed on as it came), reorder and delete, each as the
// logged-in seller. A refusal comes back in the seller's language with the backend's own words beside it.

export type PhotoState = { error?: string; detail?: string; done?: string }

const backendUrl = () => process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
const safeLocale = (locale: string): Locale => (isLocale(locale) ? locale : "zh-CN")
const listingPath = (locale: Locale, id: string) => `/${locale}/portal/listings/${encodeURIComponent(id)}`

/** The refusal in words: which rule the photo broke (the backend names it), or what stood in the way. */
function refusal(locale: Locale, error: PortalError): PhotoState {
  const t = portalDictionary(locale)
  const message =
    error.status === 413 ? t.photos.tooLarge
    : error.status === 400 && /is not accepted|not an image|could not be decoded/.test(error.message) ? t.photos.notImage
    : error.status === 400 && /at most \d+ photos/.test(error.message) ? t.photos.tooMany
    : error.status === 403 ? t.errors.forbidden
    : error.status === 404 ? t.errors.notFound
    : error.status === 0 ? t.errors.unreachable
    : t.errors.generic
  return { error: message, detail: error.status === 0 ? undefined : error.message }
}

/** Runs a photo request as the seller; an expired login goes to the login page and back to the listing. */
async function asLoggedInSeller(locale: Locale, productId: string, request: (token: string) => Promise<unknown>, done: string): Promise<PhotoState> {
  const token = await sellerToken()
  if (!token) redirect(loginPath(locale, listingPath(locale, productId), "expired"))
  try {
    await request(token)
  } catch (error) {
    if (!(error instanceof PortalError)) throw error
    if (error.status === 401) redirect(loginPath(locale, listingPath(locale, productId), "expired"))
    return refusal(locale, error)
  }
  revalidatePath(listingPath(locale, productId))
  return { done }
}

export async function addPhotos(localeIn: string, productId: string, _state: PhotoState, form: FormData): Promise<PhotoState> {
  const locale = safeLocale(localeIn)
  const t = portalDictionary(locale)
  const files = form.getAll("files").filter((file): file is File => file instanceof File && file.size > 0)
  if (!files.length) return { error: t.photos.chooseFirst }
  const body = new FormData()
  for (const file of files) body.append("files", file, file.name)
  return asLoggedInSeller(locale, productId, async (token) => {
    let response: Response
    try {
      response = await fetch(`${backendUrl()}/vendors/me/products/${encodeURIComponent(productId)}/photos`, {
        method: "POST", body, headers: { authorization: `Bearer ${token}` }, cache: "no-store",
      })
    } catch {
      throw new PortalError(0, "unreachable")
    }
    if (!response.ok) throw new PortalError(response.status, (await response.json().catch(() => ({})))?.message ?? response.statusText)
  }, t.photos.added(files.length))
}

export async function removePhoto(localeIn: string, productId: string, imageId: string): Promise<PhotoState> {
  const locale = safeLocale(localeIn)
  const path = `/vendors/me/products/${encodeURIComponent(productId)}/photos/${encodeURIComponent(imageId)}`
  return asLoggedInSeller(locale, productId, (token) => asSeller(token, path, { method: "DELETE" }), portalDictionary(locale).photos.removed)
}

export async function reorderPhotos(localeIn: string, productId: string, imageIds: string[]): Promise<PhotoState> {
  const locale = safeLocale(localeIn)
  const path = `/vendors/me/products/${encodeURIComponent(productId)}/photos/order`
  return asLoggedInSeller(locale, productId, (token) => asSeller(token, path, { method: "POST", body: { image_ids: imageIds } }), portalDictionary(locale).photos.reordered)
}
