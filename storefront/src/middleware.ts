import { NextRequest, NextResponse } from "next/server"
import { DEFAULT_LOCALE, isLocale } from "./lib/i18n/locales"

// Every page lives under a locale; a bare path goes to Chinese unless the browser asks for English first.
export function middleware(request: NextRequest) {
  const [, first] = request.nextUrl.pathname.split("/")
  if (isLocale(first)) return NextResponse.next()
  const prefersEnglish = /^en\b/i.test(request.headers.get("accept-language") ?? "")
  const url = request.nextUrl.clone()
  url.pathname = `/${prefersEnglish ? "en" : DEFAULT_LOCALE}${request.nextUrl.pathname === "/" ? "" : request.nextUrl.pathname}`
  return NextResponse.redirect(url)
}

export const config = { matcher: ["/((?!_next|favicon.ico|.*\\.[a-z]+$).*)"] }
