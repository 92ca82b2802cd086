import { NextResponse, type NextRequest } from "next/server"
import { medusa } from "@/lib/data/client"
import { sellerToken } from "@/lib/data/cookies"
import { loginPath } from "./data"
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales"

type Params = { params: Promise<{ locale: string; id: string }> }

const failed = (status: number) =>
  new NextResponse("无法下载结算明细，请稍后再试。 · The payout detail could not be downloaded; please try again later.", {
    status,
    headers: { "content-type": "text/plain; charset=utf-8" },
  })

// A payout's detail as the backend writes it (UTF-8 with BOM, bilingual), streamed through with the seller's token.
export async function GET(request: NextRequest, { params }: Params) {
  const { locale: requested, id } = await params
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE
  if (!/^setpi_[0-9A-Za-z]{1,64}$/.test(id)) return failed(404)
  const toLogin = (reason?: "expired") => NextResponse.redirect(new URL(loginPath(locale, `/${locale}/portal/payouts/${id}`, reason), request.url))
  const token = await sellerToken()
  if (!token) return toLogin()
  let answer: Response
  try {
    answer = await medusa().client.fetch<Response>(`/vendors/me/payouts/${id}/detail.csv`, {
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
      "content-disposition": answer.headers.get("content-disposition") ?? `attachment; filename="payout-${id}.csv"`,
      "cache-control": "private, no-store",
    },
  })
}
