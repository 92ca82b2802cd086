import type { NextRequest } from "next/server"
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales"
import { refusal, sellerFile } from "./download"

type Params = { params: Promise<{ locale: string; id: string }> }

const REFUSED = "无法下载结算明细，请稍后再试。 · The payout detail could not be downloaded; please try again later."

// A payout's detail as the backend writes it (UTF-8 with BOM, bilingual).
export async function GET(request: NextRequest, { params }: Params) {
  const { locale: requested, id } = await params
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE
  if (!/^setpi_[0-9A-Za-z]{1,64}$/.test(id)) return refusal(404, REFUSED)
  return sellerFile(request, {
    locale,
    here: `/${locale}/portal/payouts/${id}`,
    path: `/vendors/me/payouts/${id}/detail.csv`,
    type: "text/csv; charset=utf-8",
    fallbackName: `payout-${id}.csv`,
    refused: () => REFUSED,
  })
}
