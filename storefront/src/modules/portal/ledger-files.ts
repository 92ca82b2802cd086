import type { NextRequest } from "next/server"
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales"
import { sellerFile } from "./download"

type Params = { params: Promise<{ locale: string; memberId?: string }> }
const monthOf = (request: NextRequest) => request.nextUrl.searchParams.get("month") ?? ""

// The month's household entries as CSV, as the backend writes it (the month is the backend's to check).
export async function ledgerCsv(request: NextRequest, { params }: Params) {
  const { locale: requested } = await params
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE
  return sellerFile(request, {
    locale,
    here: `/${locale}/portal/incomes`,
    path: "/vendors/me/ledger/ledger.csv",
    query: { month: monthOf(request) },
    type: "text/csv",
    fallbackName: "household-incomes.csv",
    refused: (_status, message) => `无法生成明细 · The CSV could not be made: ${message}`,
  })
}

// A household's printable monthly statement.
export async function householdStatement(request: NextRequest, { params }: Params) {
  const { locale: requested, memberId = "" } = await params
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE
  return sellerFile(request, {
    locale,
    here: `/${locale}/portal/incomes/${encodeURIComponent(memberId)}`,
    path: `/vendors/me/ledger/households/${encodeURIComponent(memberId)}/statement.pdf`,
    query: { month: monthOf(request) },
    type: "application/pdf",
    fallbackName: "household-statement.pdf",
    refused: (_status, message) => `无法生成月结单 · The statement could not be made: ${message}`,
  })
}
