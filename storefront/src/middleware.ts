import { NextRequest, NextResponse } from "next/server"
import { DEFAULT_LOCALE, isLocale } from "./lib/i18n/locales"

// Every page lives under a locale; a path without one goes to the Chinese (default) version of it.
// The header's language switch leads to English.
export function middleware(request: NextRequest) {
  const { pathname } = request.nextUrl
  const [, first] = pathname.split("/")
  // A partner point's QR code (/p/<code>) records the scan before it leads to the page in a locale (app/p).
  if (isLocale(first) || (first === "p" && pathname.split("/").length === 3)) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = `/${DEFAULT_LOCALE}${pathname === "/" ? "" : pathname}`
  return NextResponse.redirect(url)
}

// API routes (the backend's revalidation call) have no locale.
export const config = { matcher: ["/((?!_next|api/|favicon.ico|.*\\.[a-z0-9]+$).*)"] }
