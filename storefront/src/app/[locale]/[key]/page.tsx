import type { Metadata } from "next"
import { notFound } from "next/navigation"
import type { Locale } from "@/lib/i18n/locales"
import { stateFromKey } from "@/lib/util/catalogue-query"
import { CataloguePage, catalogueTitle } from "@/modules/search/templates/catalogue-page"

// The cached category and search pages: the middleware rewrites /<locale>/products?<query> here, keyed by the
// query's canonical state (buyers keep seeing /products?…). Rendered on a state's first visit, then served from the
// cache, re-rendered at most once a minute and at once when the backend revalidates the catalogue.
// Why /<locale>/<key> and not a folder of its own: Next 15.5 decides whether a rewritten request may be served from
// the cache by matching the path the buyer asked for (/zh-CN/products) against this route's pattern
// (vercel/next.js#83354), so the route must have that shape. Other unknown paths of one segment are 404s, as before.
export const revalidate = 60
export const dynamicParams = true
export const generateStaticParams = async () => []

type Props = { params: Promise<{ locale: Locale; key: string }> }

async function load(params: Props["params"]) {
  const { locale, key } = await params
  const state = stateFromKey(key)
  if (!state) notFound()
  return { locale, state }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, state } = await load(params)
  return { title: catalogueTitle(locale, state) }
}

export default async function CachedCataloguePage({ params }: Props) {
  const { locale, state } = await load(params)
  return <CataloguePage locale={locale} state={state} />
}
