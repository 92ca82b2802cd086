import { NextResponse, type NextRequest } from "next/server"
import { medusa } from "@/lib/data/client"
import { sellerToken } from "@/lib/data/cookies"
import { loginPath } from "./data"
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales"
import { isMonth } from "./utils/month"

type Params = { params: Promise<{ locale: string; month: string }> }

const failed = (status: number) =>
  new NextResponse("无法下载对账单，请稍后再试。 · The statement could not be downloaded; please try again later.", {
    status,
    headers: { "content-type": "text/plain; charset=utf-8" },
  })

// The month's statement as the backend writes it (UTF-8 with BOM, bilingual header, totals row), streamed through
// with the seller's token from its httpOnly cookie; the browser saves it under the backend's file name.
export async function GET(request: NextRequest, { params }: Params) {
  const { locale: requested, month } = await params
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE
  const currency = request.nextUrl.searchParams.get("currency_code") ?? "cny"
  if (!isMonth(month) || !/^[a-z]{3}$/.test(currency)) return failed(404)
  const toLogin = (reason?: "expired") =>
    NextResponse.redirect(new URL(loginPath(locale, `/${locale}/portal/statements/${month}`, reason), request.url))
  const token = await sellerToken()
  if (!token) return toLogin()
  let answer: Response
  try {
    answer = await medusa().client.fetch<Response>(`/vendors/me/statements/${month}/csv`, {
      query: { currency_code: currency },
      headers: { authorization: `Bearer ${token}`, accept: "text/csv" },
      cache: "no-store",
    })
  } catch (error) {
    const status = (error as { status?: number }).status ?? 502
    return status === 401 ? toLogin("expired") : failed(status)
  }
  return new NextResponse(answer.body, {
    headers: {
      "content-type": answer.headers.get("content-type") ?? "text/csv; charset=utf-8",
      "content-disposition": answer.headers.get("content-disposition") ?? `attachment; filename="statement-${month}-${currency}.csv"`,
      "cache-control": "private, no-store",
    },
  })
}
