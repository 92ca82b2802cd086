import type { Locale } from "../i18n/locales"

export const productPath = (locale: Locale, handle: string) => `/${locale}/products/${encodeURIComponent(handle)}`
export const sellerPath = (locale: Locale, handle: string) => `/${locale}/sellers/${encodeURIComponent(handle)}`

// The handles the backend's store routes accept: products' may be Chinese (Medusa makes them from titles),
// sellers' are lowercase ASCII as registration requires.
export const PRODUCT_HANDLE = /^[\p{L}\p{N}_-]{1,200}$/u
export const SELLER_HANDLE = /^(?=.{1,64}$)[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A handle from the URL (Next may pass a non-ASCII segment still percent-encoded); null when malformed. */
export function handleFromPath(segment: string, pattern: RegExp): string | null {
  try {
    const handle = decodeURIComponent(segment)
    return handle.length <= 200 && pattern.test(handle) ? handle : null
  } catch {
    return null
  }
}
