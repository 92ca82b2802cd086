import type { NextRequest } from "next/server"
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales"
import { refusal, sellerFile } from "./download"
import { isMonth } from "./utils/month"

type Params = { params: Promise<{ locale: string; month: string }> }

const REFUSED = "无法下载对账单，请稍后再试。 · The statement could not be downloaded; please try again later."

// The month's statement as the backend writes it (UTF-8 with BOM, bilingual header, totals row).
export async function GET(request: NextRequest, { params }: Params) {
  const { locale: requested, month } = await params
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE
  const currency = request.nextUrl.searchParams.get("currency_code") ?? "cny"
  if (!isMonth(month) || !/^[a-z]{3}$/.test(currency)) return refusal(404, REFUSED)
  return sellerFile(request, {
    locale,
    here: `/${locale}/portal/statements/${month}`,
    path: `/vendors/me/statements/${month}/csv`,
    query: { currency_code: currency },
    type: "text/csv; charset=utf-8",
    fallbackName: `statement-${month}-${currency}.csv`,
    refused: () => REFUSED,
  })
}
