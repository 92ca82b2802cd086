"use server"
import { redirect } from "next/navigation"
import type { DryRun, ListingImport } from "@luotian/contract"
import { sellerToken } from "@/lib/data/cookies"
import { isLocale, type Locale } from "@/lib/i18n/locales"
import { asSeller, loginPath, PortalError } from "./data"

// The bulk listings page's actions, as the logged-in seller: check a sheet, start its import, read its progress.

export type ImportState = { dryRun?: DryRun; started?: ListingImport; refused?: string; missing?: boolean; unreachable?: boolean }

const backendUrl = () => process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
const safeLocale = (locale: string): Locale => (isLocale(locale) ? locale : "zh-CN")
const here = (locale: Locale) => `/${locale}/portal/listings/import`

async function token(locale: Locale) {
  const found = await sellerToken()
  if (!found) redirect(loginPath(locale, here(locale)))
  return found
}

/** Sends the form's sheet, as it came, to the backend: a dry run or the import itself. */
export async function sendSheet(localeIn: string, _state: ImportState, form: FormData): Promise<ImportState> {
  const locale = safeLocale(localeIn)
  const file = form.get("file")
  const dryRun = form.get("intent") !== "start"
  if (!(file instanceof File) || !file.name || !file.size) return { missing: true }
  const body = new FormData()
  body.append("file", file, file.name)
  let response: Response
  try {
    response = await fetch(`${backendUrl()}/vendors/me/listing-imports${dryRun ? "?dry_run=true" : ""}`, {
      method: "POST", body, headers: { authorization: `Bearer ${await token(locale)}` }, cache: "no-store",
    })
  } catch {
    return { unreachable: true }
  }
  if (response.status === 401) redirect(loginPath(locale, here(locale), "expired"))
  const answer = await response.json().catch(() => ({}))
  if (!response.ok) return { refused: answer?.message ?? response.statusText }
  return dryRun ? { dryRun: answer } : { started: answer.import }
}

/** One import's progress, for the page's bar; undefined when it is not the seller's (or the login expired). */
export async function importProgress(localeIn: string, id: string): Promise<ListingImport | undefined> {
  const locale = safeLocale(localeIn)
  try {
    return (await asSeller<{ import: ListingImport }>(await token(locale), `/vendors/me/listing-imports/${encodeURIComponent(id)}`)).import
  } catch (error) {
    if (error instanceof PortalError) return undefined
    throw error
  }
}
