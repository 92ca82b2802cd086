import { NextResponse, type NextRequest } from "next/server"
import { medusa } from "@/lib/data/client"
import { sellerToken } from "@/lib/data/cookies"
import { loginPath } from "./data"
import type { Locale } from "@/lib/i18n/locales"

type Download = {
  locale: Locale
  // The portal page to come back to after logging in again.
  here: string
  // The backend route and query that make the file, and the type it is.
  path: string
  query?: Record<string, string>
  type: string
  fallbackName: string
  // The bilingual words when the backend refuses (its own message, where it names what is wrong, is passed on).
  refused: (status: number, message: string) => string
}

/**
 * A file the backend makes for the seller (statement, payout detail, labels), streamed through with the seller's
 * token from its httpOnly cookie; without a login, or with an expired one, the seller logs in and comes back.
 */
export async function sellerFile(request: NextRequest, file: Download) {
  const toLogin = (reason?: "expired") => NextResponse.redirect(new URL(loginPath(file.locale, file.here, reason), request.url))
  const token = await sellerToken()
  if (!token) return toLogin()
  let answer: Response
  try {
    answer = await medusa().client.fetch<Response>(file.path, {
      query: file.query,
      headers: { authorization: `Bearer ${token}`, accept: file.type },
      cache: "no-store",
    })
  } catch (error) {
    const { status = 502, message = "" } = error as { status?: number; message?: string }
    return status === 401 ? toLogin("expired") : refusal(status, file.refused(status, message))
  }
  return new NextResponse(answer.body, {
    headers: {
      "content-type": answer.headers.get("content-type") ?? file.type,
      "content-disposition": answer.headers.get("content-disposition") ?? `attachment; filename="${file.fallbackName}"`,
      "cache-control": "private, no-store",
    },
  })
}

export const refusal = (status: number, text: string) => new NextResponse(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } })
