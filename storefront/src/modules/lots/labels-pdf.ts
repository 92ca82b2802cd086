import { NextResponse, type NextRequest } from "next/server"
import { medusa } from "@/lib/data/client"
import { sellerToken } from "@/lib/data/cookies"
import { loginPath } from "@/modules/portal/data"
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales"

type Params = { params: Promise<{ locale: string; id: string }> }

const failed = (status: number, message: string) => new NextResponse(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } })

// A lot's label sheet as the backend renders it, passed through with the seller's token from its httpOnly cookie;
// the count and size are the backend's to check (it names what is wrong, which this page shows as it is).
export async function GET(request: NextRequest, { params }: Params) {
  const { locale: requested, id } = await params
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE
  const here = `/${locale}/portal/lots/${encodeURIComponent(id)}`
  const token = await sellerToken()
  if (!token) return NextResponse.redirect(new URL(loginPath(locale, here), request.url))
  const query = Object.fromEntries(["count", "variant_id"].flatMap((key) => (request.nextUrl.searchParams.get(key) ? [[key, request.nextUrl.searchParams.get(key)!]] : [])))
  let answer: Response
  try {
    answer = await medusa().client.fetch<Response>(`/vendors/me/lots/${encodeURIComponent(id)}/labels.pdf`, {
      query,
      headers: { authorization: `Bearer ${token}`, accept: "application/pdf" },
      cache: "no-store",
    })
  } catch (error) {
    const { status = 502, message = "" } = error as { status?: number; message?: string }
    if (status === 401) return NextResponse.redirect(new URL(loginPath(locale, here, "expired"), request.url))
    return failed(status, `无法生成标签 · The labels could not be made: ${message}`)
  }
  return new NextResponse(answer.body, {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": answer.headers.get("content-disposition") ?? `attachment; filename="labels.pdf"`,
      "cache-control": "private, no-store",
    },
  })
}
