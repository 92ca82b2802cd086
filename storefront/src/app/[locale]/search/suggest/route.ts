import { NextResponse, type NextRequest } from "next/server"
import { SUGGESTIONS_CACHE_CONTROL } from "@luotian/contract"
import { suggestProducts } from "@/lib/data/catalogue"
import { isLocale } from "@/lib/i18n/locales"

// Called from the buyer's browser. The front (front/suggest.cjs) answers it from Meilisearch when the store has it;
// this route answers otherwise, from the catalogue (and its publishable key), with the same suggestions.
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  const q = request.nextUrl.searchParams.get("q")?.trim().slice(0, 100) ?? ""
  if (!isLocale(locale)) return NextResponse.json({ suggestions: [] }, { status: 404 })
  const headers = { "cache-control": SUGGESTIONS_CACHE_CONTROL }
  if (!q) return NextResponse.json({ suggestions: [] }, { headers })
  const suggestions = await suggestProducts(q)
  if (!suggestions) return NextResponse.json({ suggestions: [] }, { status: 502 })
  return NextResponse.json({ suggestions }, { headers })
}
