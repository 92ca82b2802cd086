import type { Metadata } from "next"
import type { Locale } from "@/lib/i18n/locales"
import { parseCatalogueQuery } from "@/lib/util/catalogue-query"
import { CataloguePage, catalogueTitle } from "@/modules/search/templates/catalogue-page"

type Search = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Search> }

// Category pages are this page with ?category=<handle>; every filter lives in the URL query. The middleware serves
// most queries from the cached page of their state (../[key]); what reaches this page (a state too long to
// key, or past the cache's cap) renders per request, its catalogue reads cached for 60 s.

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: catalogueTitle(locale, parseCatalogueQuery(await searchParams)) }
}

export default async function ProductsPage({ params, searchParams }: Props) {
  const { locale } = await params
  return <CataloguePage locale={locale} state={parseCatalogueQuery(await searchParams)} />
}
