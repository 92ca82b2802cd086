import { NextResponse, type NextRequest } from "next/server"
import { medusa } from "@/lib/data/client"
import { stationToken } from "@/lib/data/cookies"
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales"
import { stationLoginPath } from "./data"

type Params = { params: Promise<{ locale: string; id: string }> }

// The household's receipt for an intake as the backend renders it, streamed through with the operator's token from
// its httpOnly cookie; without a login the operator logs in first.
export async function GET(request: NextRequest, { params }: Params) {
  const { locale: requested, id } = await params
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE
  const token = await stationToken()
  if (!token) return NextResponse.redirect(new URL(stationLoginPath(locale), request.url))
  let answer: Response
  try {
    answer = await medusa().client.fetch<Response>(`/stations/me/intakes/${encodeURIComponent(id)}/receipt.pdf`, {
      headers: { authorization: `Bearer ${token}`, accept: "application/pdf" },
      cache: "no-store",
    })
  } catch (error) {
    const { status = 502, message = "" } = error as { status?: number; message?: string }
    if (status === 401) return NextResponse.redirect(new URL(stationLoginPath(locale, "expired"), request.url))
    return new NextResponse(`无法生成收据 · The receipt could not be made: ${message}`, { status, headers: { "content-type": "text/plain; charset=utf-8" } })
  }
  return new NextResponse(answer.body, {
    headers: {
      "content-type": answer.headers.get("content-type") ?? "application/pdf",
      "content-disposition": answer.headers.get("content-disposition") ?? 'inline; filename="receipt.pdf"',
      "cache-control": "private, no-store",
    },
  })
}
