import type { Locale } from "@/lib/i18n/locales"
import { HomePage } from "@/modules/home/templates/home-page"

// Rendered on its first visit (never at build time: the build has no backend), then served from the cache,
// re-rendered at most once a minute and at once when the backend revalidates the catalogue or the sellers.
export const revalidate = 60
export const generateStaticParams = async () => []

export default async function Home({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  return <HomePage locale={locale} />
}
