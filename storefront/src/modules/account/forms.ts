import type { AccountDictionary } from "../../lib/i18n/account"
import { isLocale, type Locale } from "../../lib/i18n/locales"

export type Field = "name" | "email" | "password"
export type ErrorKey = keyof AccountDictionary["errors"]
/** What a form's action answers: the fields as typed (all but the password) and an error naming its field. */
export type FormState = { values: Partial<Record<Exclude<Field, "password">, string>>; error?: { field: Field | null; message: string } }

export const MIN_PASSWORD = 8
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Pure: the first field a buyer must correct before the store is asked, or null. */
export function fieldError(input: { name?: string; email: string; password: string }): { field: Field; key: ErrorKey } | null {
  if (input.name !== undefined && !input.name.trim()) return { field: "name", key: "nameMissing" }
  if (!EMAIL.test(input.email.trim()) || input.email.length > 254) return { field: "email", key: "emailInvalid" }
  if (input.password.length < MIN_PASSWORD) return { field: "password", key: "passwordShort" }
  return null
}

/** Pure: where to go after logging in; only a page of this store (never another site), else the account. */
export function returnPath(next: unknown, locale: Locale) {
  const fallback = `/${locale}/account`
  if (typeof next !== "string" || next.length > 500 || !next.startsWith("/") || /^\/[\\/]|\\/.test(next)) return fallback
  return isLocale(next.split(/[/?#]/)[1] ?? "") ? next : fallback
}
