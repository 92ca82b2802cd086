import { NextRequest, NextResponse } from "next/server"
import { DEFAULT_LOCALE, isLocale } from "./lib/i18n/locales"
import { catalogueKeyOfSearch, catalogueSearch, isSearchQuery, stateFromKey } from "./lib/util/catalogue-query"

// Queries are user input, so the cached category pages are capped: each server caches the first MAX_CACHED_STATES
// distinct states it is asked for (the rest render per request), and a state too long for a bounded key is never
// cached (catalogueKey). 5,000 pages of some 100 KB: at most about 0.5 GB on disk (one process), or each process's
// 256 MB of memory, least recently used first out (several; next.config.mjs).
const MAX_CACHED_STATES = 5_000
const cachedStates = new Set<string>()

// Every page lives under a locale; a path without one goes to the Chinese (default) version of it.
// The header's language switch leads to English.
export function middleware(request: NextRequest) {
  const { pathname } = request.nextUrl
  const [, first, second, third] = pathname.split("/")
  // A partner point's QR code (/p/<code>) records the scan before it leads to the page in a locale (app/p).
  if (first === "p" && pathname.split("/").length === 3) return NextResponse.next()
  if (isLocale(first)) {
    if (second === "products" && third === undefined) return catalogue(request, first)
    // The search shell's own address is internal too.
    if (second === "search" && third === undefined) return redirect(request, `/${first}/products`)
    // The cached pages' own addresses (app/[locale]/[key]) are internal: a buyer is sent to the page's address.
    const state = third === undefined && second ? stateFromKey(second) : null
    if (state) return redirect(request, `/${first}/products`, catalogueSearch(state).toString())
    return NextResponse.next()
  }
  return redirect(request, `/${DEFAULT_LOCALE}${pathname === "/" ? "" : pathname}`)
}

/**
 * /<locale>/products?<query>: a search is the one search page (app/[locale]/search: its results are drawn in the
 * browser), any other state its cached category page; the URL the buyer sees unchanged.
 */
function catalogue(request: NextRequest, locale: string) {
  if (isSearchQuery(request.nextUrl.searchParams)) return NextResponse.rewrite(new URL(`/${locale}/search`, request.url))
  const key = catalogueKeyOfSearch(request.nextUrl.searchParams)
  if (!key || (!cachedStates.has(key) && cachedStates.size >= MAX_CACHED_STATES)) return NextResponse.next()
  cachedStates.add(key)
  return NextResponse.rewrite(new URL(`/${locale}/${key}`, request.url))
}

function redirect(request: NextRequest, pathname: string, search?: string) {
  const url = request.nextUrl.clone()
  url.pathname = pathname
  if (search !== undefined) url.search = search
  return NextResponse.redirect(url)
}

// API routes (the backend's revalidation call) have no locale, and the search box's suggestions and the search page's
// results (the busiest routes) need nothing from it. Node.js runtime: the Edge runtime's sandbox cost every request
// (cached pages too) a few milliseconds of the server's CPU, and this middleware needs none of it.
export const config = { matcher: ["/((?!_next|api/|favicon.ico|[^/]+/search/(?:suggest|results)$|.*\\.[a-z0-9]+$).*)"], runtime: "nodejs" }
