import type { NextRequest } from "next/server"
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales"
import { sellerFile } from "./download"

type Params = { params: Promise<{ locale: string }> }

// The seller's listings as CSV or .xlsx, as the backend writes them (the format is the backend's to check).
export async function listingsExport(request: NextRequest, { params }: Params) {
  const { locale: requested } = await params
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE
  const format = request.nextUrl.searchParams.get("format") === "xlsx" ? "xlsx" : "csv"
  return sellerFile(request, {
    locale,
    here: `/${locale}/portal/listings/import`,
    path: "/vendors/me/listing-export",
    query: { format },
    type: format === "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv",
    fallbackName: `listings.${format}`,
    refused: (_status, message) => `无法导出 · The export could not be made: ${message}`,
  })
}
