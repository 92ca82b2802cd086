import { NextResponse, type NextRequest } from "next/server"
import { catalogueQuerySchema, SEARCH_RESULTS_CACHE_CONTROL } from "@luotian/contract"
import { labelFacets, searchCatalogue } from "@/lib/data/catalogue"
import { isLocale } from "@/lib/i18n/locales"

// The search page's results, asked by the buyer's browser (modules/search/templates/search-page.tsx). The front
// (front/direct-search.cjs) answers it from Meilisearch when the store has it; this route answers otherwise, and
// for any query the catalogue refuses, saying which field breaks which rule.
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return NextResponse.json({ message: "Unknown locale" }, { status: 404 })
  const asked = Object.fromEntries(request.nextUrl.searchParams)
  const query = catalogueQuerySchema.safeParse(asked)
  if (!query.success) {
    const [issue] = query.error.issues
    return NextResponse.json({ message: `${issue.path.join(".") || "query"}: ${issue.message}` }, { status: 400 })
  }
  const result = await searchCatalogue(asked)
  if (!result) return NextResponse.json({ message: "The catalogue could not be searched" }, { status: 502 })
  const labels = await labelFacets(result, query.data)
  return NextResponse.json({ result, labels }, { headers: { "cache-control": SEARCH_RESULTS_CACHE_CONTROL } })
}
