import type { NextRequest } from "next/server"
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales"
import { sellerFile } from "@/modules/portal/download"

type Params = { params: Promise<{ locale: string; id: string }> }

// A lot's label sheet as the backend renders it; the count and size are the backend's to check (it names what is
// wrong, which this page shows as it is).
export async function GET(request: NextRequest, { params }: Params) {
  const { locale: requested, id } = await params
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE
  const search = request.nextUrl.searchParams
  return sellerFile(request, {
    locale,
    here: `/${locale}/portal/lots/${encodeURIComponent(id)}`,
    path: `/vendors/me/lots/${encodeURIComponent(id)}/labels.pdf`,
    query: Object.fromEntries(["count", "variant_id"].flatMap((key) => (search.get(key) ? [[key, search.get(key)!]] : []))),
    type: "application/pdf",
    fallbackName: "labels.pdf",
    refused: (_status, message) => `无法生成标签 · The labels could not be made: ${message}`,
  })
}
