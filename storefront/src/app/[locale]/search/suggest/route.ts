import { NextResponse, type NextRequest } from "next/server"
import { suggestProducts } from "@/lib/data/catalogue"
import { dictionary } from "@/lib/i18n/dictionary"
import { isLocale, pick } from "@/lib/i18n/locales"
import { fromPrice } from "@/lib/util/pack-sizes"
import { productPath } from "@/lib/util/paths"

/** One suggestion of the instant search box, ready to show: the client needs no money or locale code. */
export type Suggestion = { id: string; href: string; title: string; price: string | null }

// The box asks on every pause in typing: browsers and the front (or a CDN) may reuse an answer for half a minute.
const CACHE = "public, max-age=30, s-maxage=30, stale-while-revalidate=60"

// Called from the buyer's browser; the catalogue route (and its publishable key) is only reached from here.
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  const q = request.nextUrl.searchParams.get("q")?.trim().slice(0, 100) ?? ""
  if (!isLocale(locale)) return NextResponse.json({ suggestions: [] }, { status: 404 })
  if (!q) return NextResponse.json({ suggestions: [] }, { headers: { "cache-control": CACHE } })
  const hits = await suggestProducts(q)
  if (!hits) return NextResponse.json({ suggestions: [] }, { status: 502 })
  const suggestions: Suggestion[] = hits.map((hit) => ({
    id: hit.id,
    href: productPath(locale, hit.handle),
    title: pick(locale, hit.title, hit.title_en),
    // "from ¥…" when its sizes cost differently, as on its card.
    price: fromPrice(hit.sizes, locale, dictionary(locale).fromPrice),
  }))
  return NextResponse.json({ suggestions }, { headers: { "cache-control": CACHE } })
}
